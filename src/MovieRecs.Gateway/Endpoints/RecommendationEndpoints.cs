using Microsoft.AspNetCore.Http.HttpResults;
using MovieRecs.Gateway.RateLimiting;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Endpoints;

/// <summary>The top-N recommendation and profile routes of a user.</summary>
internal static class RecommendationEndpoints
{
    /// <summary>
    /// Maps GET /api/users/{userId}/recommendations?n=10&amp;model=item-knn&amp;explain=true and
    /// GET /api/users/{userId}/profile?n=10.
    /// </summary>
    public static IEndpointRouteBuilder MapRecommendationEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder users = app.MapGroup("/api/users")
            .WithTags("Recommendations")
            .RequireRateLimiting(PublicRateLimiting.PolicyName);
        users.MapGet("/{userId}/recommendations", GetRecommendationsAsync)
            .WithName("GetRecommendations")
            .WithSummary("Returns a user's top-N movies from a model, best first, with reasons on request.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        users.MapGet("/{userId}/profile", GetProfileAsync)
            .WithName("GetUserProfile")
            .WithSummary("Returns a user's most recent ratings with titles, and their genre profile.");
        return app;
    }

    /// <summary>
    /// Returns the user's recommendations, each with its strongest reason when explain is true.
    /// The grain raises the 400 for an unknown model and the 503 for an item-knn model whose
    /// similarity is still being built, and the exception handler maps them.
    /// </summary>
    private static async Task<Results<Ok<RecommendationList>, ValidationProblem>> GetRecommendationsAsync(
        string userId,
        string? n,
        string? model,
        string? explain,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        int id = RequestValidation.ParseId(nameof(userId), "user id", userId, errors);
        int count = RequestValidation.ParseCount(n, errors);
        bool withReasons = RequestValidation.ParseFlag(nameof(explain), explain, errors);
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        IUserGrain user = grainFactory.GetGrain<IUserGrain>(id);
        RecommendationList list = withReasons
            ? await user.GetExplainedRecommendationsAsync(model, count)
            : await user.GetRecommendationsAsync(model, count);
        return TypedResults.Ok(list);
    }

    /// <summary>Returns the user's n most recent ratings and the genre profile of all of them.</summary>
    private static async Task<Results<Ok<UserProfileSummary>, ValidationProblem>> GetProfileAsync(
        string userId,
        string? n,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        int id = RequestValidation.ParseId(nameof(userId), "user id", userId, errors);
        int count = RequestValidation.ParseCount(n, errors);
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        return TypedResults.Ok(await grainFactory.GetGrain<IUserGrain>(id).GetProfileAsync(count));
    }
}
