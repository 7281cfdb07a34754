using MovieRecs.Algorithms.Exploration;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Exploration;

/// <summary>Copies a library <see cref="DatasetProfile"/> into the record that crosses grain calls.</summary>
internal static class ProfileResults
{
    public static DatasetProfileResult From(DatasetProfile profile) => new(
        profile.Users,
        profile.Movies,
        profile.RatedMovies,
        profile.Ratings,
        profile.SparsityPercent,
        profile.FirstRating,
        profile.LastRating,
        profile.MeanRating,
        profile.RatingHistogram.Select(bar => new ValueCountResult(bar.Value, bar.Count)).ToArray(),
        profile.RatingsPerUser.Select(point => new ValueCountResult(point.Rank, point.Count)).ToArray(),
        profile.RatingsPerMovie.Select(point => new ValueCountResult(point.Rank, point.Count)).ToArray(),
        profile.RatingsPerMonth.Select(month => new MonthlyCountResult(month.Year, month.Month, month.Count)).ToArray(),
        profile.RatingsByHour.ToArray(),
        profile.RatingsByWeekday.ToArray(),
        profile.Genres
            .Select(genre => new GenreStatisticsResult(genre.Genre, genre.Movies, genre.Ratings, genre.MeanRating))
            .ToArray(),
        profile.GenreCooccurrence.Select(row => (IReadOnlyList<int>)row.ToArray()).ToArray(),
        profile.Density.Density.Select(row => (IReadOnlyList<double>)row.ToArray()).ToArray(),
        profile.TopMoviesRatingShare,
        profile.MostRatedMovies
            .Select(movie => new MovieRatingCountResult(movie.MovieId, movie.Title, movie.Ratings))
            .ToArray());
}
