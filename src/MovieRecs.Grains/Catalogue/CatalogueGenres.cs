using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Catalogue;

/// <summary>Genre checks and the popularity ranking within genres, shared by the catalogue grains.</summary>
internal static class CatalogueGenres
{
    /// <summary>The catalogue's label for a movie without genres; it is no taste a visitor can pick.</summary>
    public const string NoGenresLabel = "(no genres listed)";

    /// <summary>Returns whether a genre label is a real genre rather than the "no genres" label.</summary>
    public static bool IsTaste(string genre) => !string.Equals(genre, NoGenresLabel, StringComparison.Ordinal);

    /// <summary>
    /// Returns the catalogue spelling of each genre, compared ignoring case; an unknown genre is
    /// reported under the request parameter <paramref name="parameter"/>.
    /// </summary>
    /// <exception cref="InvalidRequestValueException">A genre is not in the catalogue.</exception>
    public static HashSet<string> Resolve(MovieLensDataset dataset, IReadOnlyList<string> genres, string parameter)
    {
        string[] known = dataset.Genres.Where(IsTaste).ToArray();
        var resolved = new HashSet<string>(StringComparer.Ordinal);
        foreach (string genre in genres)
        {
            string? match = known.FirstOrDefault(
                label => string.Equals(label, genre?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                throw new InvalidRequestValueException(
                    parameter,
                    $"The genre '{genre}' is not in the catalogue. Known genres: {string.Join(", ", known)}.");
            }

            resolved.Add(match);
        }

        return resolved;
    }

    /// <summary>
    /// Ranks the movies the profile did not rate by the popularity model's score, the number of
    /// ratings, keeping only movies in at least one of the genres unless the set is empty.
    /// </summary>
    public static IEnumerable<Movie> RankByPopularity(
        RecommendationModelStore store,
        UserProfile profile,
        IReadOnlySet<string> genres)
    {
        IRecommender popularity = store.GetModel(RecommenderCatalog.FallbackModel);
        foreach (ScoredMovie scored in popularity.Recommend(profile, store.Dataset.Movies.Count))
        {
            Movie movie = store.GetMovie(scored.MovieId);
            if (genres.Count == 0 || movie.Genres.Any(genres.Contains))
            {
                yield return movie;
            }
        }
    }
}
