using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Explanations;
using Orleans.Concurrency;

namespace MovieRecs.Grains.Catalogue;

/// <summary>
/// Recommends movies to a visitor without an account from the silo's fitted models: the content
/// model scores the visitor's ratings, and the popularity model ranks the picked genres.
/// </summary>
[StatelessWorker]
public sealed class ColdStartGrain(RecommendationModelStore store) : Grain, IColdStartGrain
{
    /// <summary>The model name of cold-start lists in <see cref="RecommendationList.Model"/>.</summary>
    public const string ModelName = "cold-start";

    private const string ContentModel = "content";

    /// <inheritdoc />
    public Task<RecommendationList> RecommendAsync(ColdStartRequest request, int count)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!RecommendationLimits.IsValidCount(count))
        {
            throw new ArgumentOutOfRangeException(
                nameof(count),
                count,
                $"The count {count} is invalid: it must be {RecommendationLimits.CountRule}.");
        }

        HashSet<string> genres = CatalogueGenres.Resolve(store.Dataset, request.Genres, "genres");
        UserProfile profile = CreateProfile(request.Ratings);
        if (genres.Count == 0 && profile.IsEmpty)
        {
            throw new InvalidRequestValueException(
                "body",
                "The request has no genres and no ratings. Pick at least one genre or rate at least one movie.");
        }

        var items = new List<RecommendedMovie>(count);
        var servedBy = new List<string>(2);
        if (!profile.IsEmpty)
        {
            AddFromContent(profile, genres, count, items);
            if (items.Count > 0)
            {
                servedBy.Add(ContentModel);
            }
        }

        if (items.Count < count)
        {
            int before = items.Count;
            AddPopular(profile, genres, count, items);
            if (items.Count > before)
            {
                servedBy.Add(RecommenderCatalog.FallbackModel);
            }
        }

        return Task.FromResult(new RecommendationList(
            UserId: 0,
            ModelName,
            string.Join(", ", servedBy),
            Fallback: false,
            items));
    }

    /// <summary>Checks the visitor's ratings against the catalogue and builds their profile.</summary>
    /// <exception cref="InvalidRequestValueException">
    /// A movie is not in the catalogue, is rated twice, or a rating is off the scale.
    /// </exception>
    private UserProfile CreateProfile(IReadOnlyList<ColdStartRating> ratings)
    {
        var byMovie = new Dictionary<int, double>();
        for (int position = 0; position < ratings.Count; position++)
        {
            ColdStartRating rating = ratings[position];
            string where = $"ratings[{position}]";
            if (!store.ContainsMovie(rating.MovieId))
            {
                throw new InvalidRequestValueException(
                    "ratings",
                    $"The movie {rating.MovieId} of {where} is not in the catalogue. " +
                    "GET /api/movies?search=TEXT finds movie ids.");
            }

            if (!RatingScale.IsValid(rating.Rating))
            {
                string value = rating.Rating.ToString(CultureInfo.InvariantCulture);
                throw new InvalidRequestValueException(
                    "ratings",
                    $"The rating {value} of {where} is invalid: it must be {RatingScale.Rule}.");
            }

            if (!byMovie.TryAdd(rating.MovieId, rating.Rating))
            {
                throw new InvalidRequestValueException(
                    "ratings",
                    $"The movie {rating.MovieId} is rated twice, the second time in {where}. Rate each movie once.");
            }
        }

        return new UserProfile(0, byMovie);
    }

    private void AddFromContent(UserProfile profile, HashSet<string> genres, int count, List<RecommendedMovie> items)
    {
        IRecommender content = store.GetModel(ContentModel);
        foreach (ScoredMovie scored in content.Recommend(profile, store.Dataset.Movies.Count))
        {
            Movie movie = store.GetMovie(scored.MovieId);
            if (genres.Count > 0 && !movie.Genres.Any(genres.Contains))
            {
                continue;
            }

            RecommendationReason? reason =
                ReasonSelector.Select(content.Explain(profile, movie.MovieId, int.MaxValue), profile);
            items.Add(new RecommendedMovie(movie.MovieId, movie.Title, movie.Year, movie.Genres, scored.Score, reason));
            if (items.Count == count)
            {
                return;
            }
        }
    }

    private void AddPopular(UserProfile profile, HashSet<string> genres, int count, List<RecommendedMovie> items)
    {
        var listed = new HashSet<int>(items.Select(item => item.MovieId));
        IRecommender popularity = store.GetModel(RecommenderCatalog.FallbackModel);
        foreach (Movie movie in CatalogueGenres.RankByPopularity(store, profile, genres))
        {
            if (!listed.Add(movie.MovieId))
            {
                continue;
            }

            // The popularity model's score is the movie's rating count.
            double ratingCount = popularity.Explain(profile, movie.MovieId, 1)?.Score ?? 0;
            string users = ratingCount.ToString("0", CultureInfo.InvariantCulture);
            string[] matched = movie.Genres.Where(genres.Contains).ToArray();
            string text = matched.Length == 0
                ? $"popular: rated by {users} users"
                : $"popular in {JoinGenres(matched)}: rated by {users} users";
            var reason = new RecommendationReason("popularity", text, ratingCount, movie.MovieId);
            items.Add(new RecommendedMovie(movie.MovieId, movie.Title, movie.Year, movie.Genres, ratingCount, reason));
            if (items.Count == count)
            {
                return;
            }
        }
    }

    private static string JoinGenres(string[] genres) => genres.Length switch
    {
        1 => genres[0],
        _ => $"{string.Join(", ", genres[..^1])} and {genres[^1]}",
    };
}
