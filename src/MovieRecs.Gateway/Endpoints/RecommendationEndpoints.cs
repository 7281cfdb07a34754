using Microsoft.AspNetCore.Http.HttpResults;
using MovieRecs.Gateway.RateLimiting;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Endpoints;

/// <summary>The top-N recommendation route of a user.</summary>
internal static class RecommendationEndpoints
{
    /// <summary>Maps GET /api/users/{userId}/recommendations?n=10&amp;model=item-knn.</summary>
    public static IEndpointRouteBuilder MapRecommendationEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder users = app.MapGroup("/api/users")
            .WithTags("Recommendations")
            .RequireRateLimiting(PublicRateLimiting.PolicyName);
        users.MapGet("/{userId}/recommendations", GetRecommendationsAsync)
            .WithName("GetRecommendations")
            .WithSummary("Returns a user's top-N movies from a model, best first.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>
    /// Returns the user's recommendations. The grain raises the 400 for an unknown model and the
    /// 503 for an item-knn model whose similarity is still being built, and the exception handler
    /// maps them.
    /// </summary>
    private static async Task<Results<Ok<RecommendationList>, ValidationProblem>> GetRecommendationsAsync(
        string userId,
        string? n,
        string? model,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        int id = RequestValidation.ParseId(nameof(userId), "user id", userId, errors);
        int count = RequestValidation.ParseCount(n, errors);
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        RecommendationList list = await grainFactory.GetGrain<IUserGrain>(id).GetRecommendationsAsync(model, count);
        return TypedResults.Ok(list);
    }
}
