using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Catalogue;
using MovieRecs.Grains.Explanations;

namespace MovieRecs.Grains.Users;

/// <remarks>
/// The reasons of explained lists and the user's profile: rating history and genre affinities.
/// </remarks>
public sealed partial class UserGrain
{
    /// <inheritdoc />
    public Task<UserProfileSummary> GetProfileAsync(int historyCount)
    {
        if (!RecommendationLimits.IsValidCount(historyCount))
        {
            throw new ArgumentOutOfRangeException(
                nameof(historyCount),
                historyCount,
                $"The history count {historyCount} is invalid: it must be {RecommendationLimits.CountRule}.");
        }

        RatingHistoryEntry[] history = _ratings.Values
            .OrderByDescending(rating => rating.Timestamp)
            .ThenBy(rating => rating.MovieId)
            .Take(historyCount)
            .Select(rating =>
            {
                Movie movie = store.GetMovie(rating.MovieId);
                return new RatingHistoryEntry(
                    movie.MovieId,
                    movie.Title,
                    movie.Year,
                    movie.Genres,
                    rating.Rating,
                    rating.Timestamp,
                    rating.Posted);
            })
            .ToArray();

        var byGenre = new Dictionary<string, (int Count, double Sum)>(StringComparer.Ordinal);
        foreach (UserRating rating in _ratings.Values)
        {
            foreach (string genre in store.GetMovie(rating.MovieId).Genres.Distinct(StringComparer.Ordinal))
            {
                if (!CatalogueGenres.IsTaste(genre))
                {
                    continue;
                }

                (int count, double sum) = byGenre.GetValueOrDefault(genre);
                byGenre[genre] = (count + 1, sum + rating.Rating);
            }
        }

        int ratingCount = _ratings.Count;
        GenreAffinity[] genres = byGenre
            .Select(pair => new GenreAffinity(
                pair.Key,
                pair.Value.Count,
                (double)pair.Value.Count / ratingCount,
                pair.Value.Sum / pair.Value.Count))
            .OrderByDescending(affinity => affinity.RatingCount)
            .ThenBy(affinity => affinity.Genre, StringComparer.Ordinal)
            .ToArray();
        double? mean = ratingCount == 0 ? null : _ratings.Values.Average(rating => rating.Rating);
        return Task.FromResult(new UserProfileSummary(_userId, ratingCount, mean, history, genres));
    }

    /// <summary>
    /// Returns the reason behind a listed movie's score: the item-knn model explains from the
    /// neighbor lists it ranked with, every other model from its own fit.
    /// </summary>
    private RecommendationReason? ExplainScore(
        string model,
        UserProfile profile,
        int movieId,
        IReadOnlyDictionary<int, IReadOnlyList<MovieNeighbor>>? neighborLists)
    {
        Explanation? explanation = neighborLists is not null && ModelNames.TryGetItemKnnMetric(model, out var metric)
            ? store.GetItemKnn(metric).Explain(profile, movieId, neighborLists, int.MaxValue)
            : store.GetModel(model).Explain(profile, movieId, int.MaxValue);
        return ReasonSelector.Select(explanation, profile);
    }
}
