using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Sparse;
using MovieRecs.Grains.Abstractions;
using Orleans.Concurrency;

namespace MovieRecs.Grains.Catalogue;

/// <summary>
/// Serves title search, the genre list and the most rated movies from the silo's loaded
/// catalogue. Rating counts and means are those of the data the silo's models were fitted on.
/// </summary>
[StatelessWorker]
public sealed class CatalogueGrain(RecommendationModelStore store) : Grain, ICatalogueGrain
{
    private MovieSearchIndex? _index;

    /// <inheritdoc />
    public Task<IReadOnlyList<MovieInfo>> SearchMoviesAsync(string text, int count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        CheckCount(count);

        RatingMatrix ratings = store.Training.Ratings;
        _index ??= new MovieSearchIndex(store.Dataset.Movies);
        MovieInfo[] found = _index.Find(text)
            .OrderByDescending(match => match.StartsWithText)
            .ThenByDescending(match => RatingCount(ratings, match.Movie.MovieId))
            .ThenBy(match => match.Movie.MovieId)
            .Take(count)
            .Select(match => ToMovieInfo(ratings, match.Movie))
            .ToArray();
        return Task.FromResult<IReadOnlyList<MovieInfo>>(found);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GenreSummary>> GetGenresAsync()
    {
        RatingMatrix ratings = store.Training.Ratings;
        GenreSummary[] genres = store.Dataset.Movies
            .SelectMany(movie => movie.Genres.Distinct(StringComparer.Ordinal).Select(genre => (genre, movie.MovieId)))
            .Where(pair => CatalogueGenres.IsTaste(pair.genre))
            .GroupBy(pair => pair.genre, StringComparer.Ordinal)
            .Select(group => new GenreSummary(
                group.Key,
                group.Count(),
                group.Sum(pair => RatingCount(ratings, pair.MovieId))))
            .OrderByDescending(genre => genre.MovieCount)
            .ThenBy(genre => genre.Genre, StringComparer.Ordinal)
            .ToArray();
        return Task.FromResult<IReadOnlyList<GenreSummary>>(genres);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MovieInfo>> GetPopularMoviesAsync(IReadOnlyList<string> genres, int count)
    {
        ArgumentNullException.ThrowIfNull(genres);
        CheckCount(count);

        HashSet<string> picked = CatalogueGenres.Resolve(store.Dataset, genres, "genre");
        RatingMatrix ratings = store.Training.Ratings;
        MovieInfo[] popular = CatalogueGenres
            .RankByPopularity(store, UserProfile.Empty(0), picked)
            .Take(count)
            .Select(movie => ToMovieInfo(ratings, movie))
            .ToArray();
        return Task.FromResult<IReadOnlyList<MovieInfo>>(popular);
    }

    private static void CheckCount(int count)
    {
        if (!RecommendationLimits.IsValidCount(count))
        {
            throw new ArgumentOutOfRangeException(
                nameof(count),
                count,
                $"The count {count} is invalid: it must be {RecommendationLimits.CountRule}.");
        }
    }

    private static int RatingCount(RatingMatrix ratings, int movieId) =>
        ratings.Items.TryGetIndex(movieId, out int index) ? ratings.ItemRatingCount(index) : 0;

    private static MovieInfo ToMovieInfo(RatingMatrix ratings, Movie movie)
    {
        int count = RatingCount(ratings, movie.MovieId);
        double? mean = count > 0 && ratings.Items.TryGetIndex(movie.MovieId, out int index)
            ? ratings.ItemMean(index)
            : null;
        return new MovieInfo(movie.MovieId, movie.Title, movie.Year, movie.Genres, count, mean);
    }
}
