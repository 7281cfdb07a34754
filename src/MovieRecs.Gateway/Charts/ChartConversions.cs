using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Exploration;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Charts;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Charts;

/// <summary>
/// Turns the records that grain calls return into the library types the charts are drawn from.
/// </summary>
internal static class ChartConversions
{
    public static DatasetProfile ToProfile(DatasetProfileResult result)
    {
        int userBins = result.Density.Count;
        int movieBins = userBins == 0 ? 0 : result.Density[0].Count;
        return new DatasetProfile(
            result.Users,
            result.Movies,
            result.RatedMovies,
            result.Ratings,
            result.SparsityPercent,
            result.FirstRating,
            result.LastRating,
            result.MeanRating,
            result.RatingHistogram.Select(bar => new RatingValueCount(bar.Value, bar.Count)).ToArray(),
            result.RatingsPerUser.Select(point => new RankedCount((int)point.Value, point.Count)).ToArray(),
            result.RatingsPerMovie.Select(point => new RankedCount((int)point.Value, point.Count)).ToArray(),
            result.RatingsPerMonth.Select(month => new MonthlyCount(month.Year, month.Month, month.Count)).ToArray(),
            result.RatingsByHour,
            result.RatingsByWeekday,
            result.Genres
                .Select(genre => new GenreStatistics(genre.Genre, genre.Movies, genre.Ratings, genre.MeanRating))
                .ToArray(),
            result.GenreCooccurrence,
            new DensityGrid(userBins, movieBins, result.Density),
            result.TopMoviesRatingShare,
            result.MostRatedMovies.Select(movie => new MovieRatingCount(movie.MovieId, movie.Title, movie.Ratings)).ToArray());
    }

    public static ModelScores ToScores(ModelEvaluationResult result) => new(
        result.Model,
        result.K,
        result.Rmse,
        result.Mae,
        result.Coverage,
        result.PrecisionAtK,
        result.RecallAtK,
        result.NdcgAtK,
        result.MapAtK,
        result.Mrr,
        result.HitRateAtK,
        result.CatalogCoverage,
        result.PopularShare,
        result.Novelty,
        result.IntraListDiversity,
        (result.Curve ?? [])
            .Select(point => new RankingCurvePoint(point.K, point.Precision, point.Recall, point.Ndcg, point.Map, point.HitRate))
            .ToArray());

    public static MovieSimilarityMatrix ToMatrix(MovieSimilarityResult result) => new(
        result.MovieIds,
        result.Titles,
        result.Metric == ItemSimilarityMetric.Pearson ? SimilarityMetric.Pearson : SimilarityMetric.Cosine,
        result.Values);

    public static StatsSummary ToSummary(DatasetProfile profile) => new(
        profile.Users,
        profile.Movies,
        profile.Ratings,
        profile.SparsityPercent,
        profile.FirstRating is DateTimeOffset first ? DateOnly.FromDateTime(first.UtcDateTime) : null,
        profile.LastRating is DateTimeOffset last ? DateOnly.FromDateTime(last.UtcDateTime) : null);
}
