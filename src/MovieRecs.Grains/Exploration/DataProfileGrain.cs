using MovieRecs.Algorithms.Exploration;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Grains.Abstractions;
using Orleans.Concurrency;

namespace MovieRecs.Grains.Exploration;

/// <summary>
/// Computes the data profile and similarity matrices from the silo's own
/// <see cref="RecommendationModelStore"/>. One activation per silo keeps the profile once
/// computed, because the store's data set does not change after loading.
/// </summary>
[StatelessWorker(1)]
public sealed class DataProfileGrain(RecommendationModelStore store) : Grain, IDataProfileGrain
{
    private DatasetProfileResult? _profile;

    /// <inheritdoc />
    public Task<DatasetProfileResult> GetProfileAsync()
    {
        _profile ??= ProfileResults.From(DatasetProfiler.Compute(store.Dataset));
        return Task.FromResult(_profile);
    }

    /// <inheritdoc />
    public Task<MovieSimilarityResult> GetSimilarityMatrixAsync(
        IReadOnlyList<int> movieIds,
        ItemSimilarityMetric metric)
    {
        ArgumentNullException.ThrowIfNull(movieIds);
        if (movieIds.Count is 0 or > IDataProfileGrain.MaxSimilarityMovies)
        {
            throw new ArgumentException(
                $"A similarity matrix takes 1 to {IDataProfileGrain.MaxSimilarityMovies} movies; got {movieIds.Count}.",
                nameof(movieIds));
        }

        foreach (int movieId in movieIds)
        {
            if (!store.ContainsMovie(movieId))
            {
                throw new UnknownMovieException(movieId);
            }
        }

        ItemSimilarityOptions options = store.GetSimilarityOptions(metric);
        MovieSimilarityMatrix matrix = ItemSimilarityMatrix.Compute(
            store.Training.Ratings,
            store.Dataset.Movies,
            movieIds,
            options);
        return Task.FromResult(new MovieSimilarityResult(matrix.MovieIds, matrix.Titles, metric, matrix.Values));
    }
}
