using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MovieRecs.Gateway.RateLimiting;
using MovieRecs.Grains.Abstractions;
using ColdStartResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<MovieRecs.Grains.Abstractions.RecommendationList>,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace MovieRecs.Gateway.Endpoints;

/// <summary>The recommendations of a new visitor without an account.</summary>
internal static class ColdStartEndpoints
{
    /// <summary>The largest number of ratings one request may carry.</summary>
    public const int MaxRatings = 100;

    private const string BodyExample =
        "{\"genres\": [\"Comedy\"], \"ratings\": [{\"movieId\": 1, \"rating\": 4.5}]}";

    // A cold-start body of 20 genres and 100 ratings is about 4 KiB.
    private const long MaxBodyBytes = 16 * 1024;

    /// <summary>Maps POST /api/recommendations/cold-start?n=10.</summary>
    public static IEndpointRouteBuilder MapColdStartEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/recommendations/cold-start", RecommendAsync)
            .WithTags("Recommendations")
            .WithName("RecommendColdStart")
            .WithSummary("Recommends movies to a new visitor from picked genres and a few ratings.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .RequireRateLimiting(PublicRateLimiting.PolicyName)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    /// <summary>
    /// Checks the body's shape here and leaves the checks against the catalogue, unknown genres
    /// and movies, to the grain, whose exception the handler maps to a 400.
    /// </summary>
    private static async Task<ColdStartResult> RecommendAsync(
        string? n,
        HttpRequest request,
        IGrainFactory grainFactory,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        int count = RequestValidation.ParseCount(n, errors);
        if (JsonBody.CheckHeaders(request, MaxBodyBytes, BodyExample) is { } unreadable)
        {
            return unreadable;
        }

        ColdStartBody? body = null;
        if (JsonBody.IsEmpty(request))
        {
            errors["body"] = [$"The request body is missing. Send {BodyExample}."];
        }
        else
        {
            body = await JsonBody.ReadAsync<ColdStartBody>(request, MaxBodyBytes, BodyExample, errors, cancellationToken);
        }

        ColdStartRequest? coldStart = body is null ? null : Validate(body, errors);
        if (errors.Count > 0 || coldStart is null)
        {
            return RequestValidation.Problem(errors);
        }

        IColdStartGrain grain = grainFactory.GetGrain<IColdStartGrain>(CatalogueKeys.Default);
        return TypedResults.Ok(await grain.RecommendAsync(coldStart, count));
    }

    private static ColdStartRequest Validate(ColdStartBody body, Dictionary<string, string[]> errors)
    {
        IReadOnlyList<string?> genres = body.Genres ?? [];
        IReadOnlyList<RatingRequest?> ratings = body.Ratings ?? [];
        if (genres.Count > CatalogueEndpoints.MaxGenres)
        {
            errors["genres"] = [$"The request names {genres.Count} genres, over the limit of {CatalogueEndpoints.MaxGenres}."];
        }
        else if (genres.Any(string.IsNullOrWhiteSpace))
        {
            errors["genres"] = ["A genre is empty or null: send genre labels such as \"Comedy\"; GET /api/genres lists them."];
        }

        if (ratings.Count > MaxRatings)
        {
            errors["ratings"] = [$"The request has {ratings.Count} ratings, over the limit of {MaxRatings}."];
        }
        else
        {
            ValidateRatings(ratings, errors);
        }

        if (errors.Count == 0 && genres.Count == 0 && ratings.Count == 0)
        {
            errors["body"] = ["The request has no genres and no ratings. Pick at least one genre or rate at least " +
                $"one movie, as in {BodyExample}."];
        }

        return new ColdStartRequest(
            genres.Select(genre => genre ?? string.Empty).ToArray(),
            ratings.Select(rating => new ColdStartRating(rating?.MovieId ?? 0, rating?.Rating ?? 0)).ToArray());
    }

    private static void ValidateRatings(IReadOnlyList<RatingRequest?> ratings, Dictionary<string, string[]> errors)
    {
        var messages = new List<string>();
        var seen = new HashSet<int>();
        for (int position = 0; position < ratings.Count; position++)
        {
            RatingRequest? rating = ratings[position];
            string where = $"ratings[{position}]";
            if (rating?.MovieId is not int movieId || movieId <= 0)
            {
                messages.Add($"The movieId of {where} is missing or invalid: it must be an integer between 1 and " +
                    $"{int.MaxValue}.");
            }
            else if (!seen.Add(movieId))
            {
                messages.Add($"The movie {movieId} is rated twice, the second time in {where}. Rate each movie once.");
            }

            if (rating?.Rating is not double value)
            {
                messages.Add($"The rating of {where} is missing: it must be {RatingScale.Rule}.");
            }
            else if (!RatingScale.IsValid(value))
            {
                string text = value.ToString(CultureInfo.InvariantCulture);
                messages.Add($"The rating {text} of {where} is invalid: it must be {RatingScale.Rule}.");
            }
        }

        if (messages.Count > 0)
        {
            errors["ratings"] = [.. messages];
        }
    }
}
