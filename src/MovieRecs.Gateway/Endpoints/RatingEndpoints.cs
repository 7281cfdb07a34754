using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MovieRecs.Gateway.RateLimiting;
using MovieRecs.Grains.Abstractions;
using PostRatingResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Created<MovieRecs.Grains.Abstractions.StoredRating>,
    Microsoft.AspNetCore.Http.HttpResults.Ok<MovieRecs.Grains.Abstractions.StoredRating>,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace MovieRecs.Gateway.Endpoints;

/// <summary>The rating routes of a user.</summary>
internal static class RatingEndpoints
{
    private const string BodyExample = "{\"movieId\": 1, \"rating\": 4.5}";

    // A rating body is a few dozen bytes; anything near this limit is not a rating.
    private const long MaxBodyBytes = 16 * 1024;


    /// <summary>Maps POST and GET /api/users/{userId}/ratings.</summary>
    public static IEndpointRouteBuilder MapRatingEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder users = app.MapGroup("/api/users")
            .WithTags("Ratings")
            .RequireRateLimiting(PublicRateLimiting.PolicyName);
        users.MapPost("/{userId}/ratings", PostRatingAsync)
            .WithName("PostRating")
            .WithSummary("Stores a rating, replacing the user's earlier rating of the movie.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        users.MapGet("/{userId}/ratings", GetRatingsAsync)
            .WithName("GetRatings")
            .WithSummary("Returns a user's ratings as the system of record holds them.");
        users.MapDelete("/{userId}/ratings/{movieId}", DeleteRatingAsync)
            .WithName("DeleteRating")
            .WithSummary("Deletes a user's rating of a movie from the system of record.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>
    /// Stores the rating: 201 for the user's first rating of the movie, 200 when it replaces one.
    /// An unknown movie is a 404, raised by the grain and mapped by the exception handler.
    /// </summary>
    private static async Task<PostRatingResult> PostRatingAsync(
        string userId,
        HttpRequest request,
        IGrainFactory grainFactory,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        int id = RequestValidation.ParseId(nameof(userId), "user id", userId, errors);
        // Kestrel enforces the size limit on bodies without a length too; a declared length over it
        // is rejected before anything is read.
        if (request.ContentLength is long length and > MaxBodyBytes)
        {
            return TooLarge($"The request body is {length} bytes, over the limit of {MaxBodyBytes} bytes for a rating.");
        }

        if (request.ContentLength is > 0 && !request.HasJsonContentType())
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                type: "https://tools.ietf.org/html/rfc9110#section-15.5.16",
                detail: $"The request body must be JSON with Content-Type application/json; received " +
                    $"'{request.ContentType ?? "no Content-Type"}'. Send {BodyExample}.");
        }

        RatingRequest? body;
        try
        {
            body = await ReadBodyAsync(request, errors, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body sent without a length (chunked) reaches Kestrel's limit only while it is read.
            return TooLarge($"The request body is over the limit of {MaxBodyBytes} bytes for a rating.");
        }

        (int movieId, double rating) = ValidateBody(body, errors);
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        StoredRating stored = await grainFactory.GetGrain<IUserGrain>(id).AddRatingAsync(movieId, rating);
        return stored.PreviousRating is null
            ? TypedResults.Created($"/api/users/{id}/ratings", stored)
            : TypedResults.Ok(stored);
    }

    private static ProblemHttpResult TooLarge(string size) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"{size} Send {BodyExample}.");

    private static async Task<Results<Ok<IReadOnlyList<UserRating>>, ValidationProblem>> GetRatingsAsync(
        string userId,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        int id = RequestValidation.ParseId(nameof(userId), "user id", userId, errors);
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        return TypedResults.Ok(await grainFactory.GetGrain<IUserGrain>(id).GetRatingsAsync());
    }

    /// <summary>
    /// Reads the JSON body; a missing or malformed body adds an error keyed "body" and returns
    /// null.
    /// </summary>
    private static async Task<Results<Ok<UserRating>, ValidationProblem, ProblemHttpResult>> DeleteRatingAsync(
        string userId,
        string movieId,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        int user = RequestValidation.ParseId(nameof(userId), "user id", userId, errors);
        int movie = RequestValidation.ParseId(nameof(movieId), "movie id", movieId, errors);
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        UserRating? deleted = await grainFactory.GetGrain<IUserGrain>(user).RemoveRatingAsync(movie);
        if (deleted is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Rating not found",
                detail: $"User {user} has no rating of movie {movie}, so there is nothing to delete. " +
                    $"GET /api/users/{user}/ratings lists the user's ratings.");
        }

        return TypedResults.Ok(deleted);
    }

    private static async Task<RatingRequest?> ReadBodyAsync(
        HttpRequest request,
        Dictionary<string, string[]> errors,
        CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.HasJsonContentType()))
        {
            errors["body"] = [$"The request body is missing. Send {BodyExample}."];
            return null;
        }

        try
        {
            using JsonDocument document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                errors["body"] = [$"The request body is the JSON null. Send {BodyExample}."];
                return null;
            }

            if (FindUnexpectedField(document.RootElement) is string problem)
            {
                errors["body"] = [$"The request body is not a valid rating: {problem}. Send {BodyExample}."];
                return null;
            }

            return document.RootElement.Deserialize<RatingRequest>(JsonBody.StrictJson);
        }
        catch (JsonException exception)
        {
            errors["body"] = [DescribeJsonError(exception)];
            return null;
        }
    }

    /// <summary>
    /// Returns why an object body has a field other than movieId and rating, or one of them twice, or
    /// null when it has neither. Other JSON values are left to the serializer, which rejects them.
    /// </summary>
    private static string? FindUnexpectedField(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in body.EnumerateObject())
        {
            if (property.Name is not ("movieId" or "rating"))
            {
                return $"the field '{Shorten(property.Name)}' is unknown, and the only fields are movieId and rating " +
                    "(names are case-sensitive)";
            }

            if (!seen.Add(property.Name))
            {
                return $"the field {property.Name} appears more than once";
            }
        }

        return null;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "...");

    /// <summary>
    /// Describes a body that does not bind to a rating by its JSON path and position, without the
    /// serializer's .NET type names.
    /// </summary>
    private static string DescribeJsonError(JsonException exception)
    {
        string position = exception.LineNumber is long line && exception.BytePositionInLine is long bytePosition
            ? $" (line {line + 1}, byte {bytePosition + 1})"
            : string.Empty;
        string problem = exception.Path switch
        {
            "$.movieId" => "the field movieId must be a JSON integer between 1 and 2147483647",
            "$.rating" => "the field rating must be a JSON number between 0.5 and 5.0 on the half-star grid",
            "$" => "the body must be a JSON object",
            null or "" => "the body is not well-formed JSON",
            string path => $"the value at {path} is not valid",
        };
        return $"The request body is not a valid rating{position}: {problem}. Send {BodyExample}.";
    }

    private static (int MovieId, double Rating) ValidateBody(RatingRequest? body, Dictionary<string, string[]> errors)
    {
        if (body is null)
        {
            return default;
        }

        if (body.MovieId is not int movieId)
        {
            errors["movieId"] = ["The field movieId is missing or null: it must be an integer between 1 and 2147483647."];
        }
        else if (movieId <= 0)
        {
            errors["movieId"] = [$"The movieId {movieId} is invalid: it must be an integer between 1 and 2147483647."];
        }

        if (body.Rating is not double rating)
        {
            errors["rating"] = [$"The field rating is missing or null: it must be {RatingScale.Rule}."];
        }
        else if (!RatingScale.IsValid(rating))
        {
            string value = rating.ToString(CultureInfo.InvariantCulture);
            errors["rating"] = [$"The rating {value} is invalid: it must be {RatingScale.Rule}."];
        }

        return (body.MovieId ?? 0, body.Rating ?? 0);
    }
}
