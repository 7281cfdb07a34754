using Microsoft.AspNetCore.Http.HttpResults;
using MovieRecs.Gateway.RateLimiting;

namespace MovieRecs.Gateway.Charts;

/// <summary>The key numbers of the data set.</summary>
internal static class StatsEndpoints
{
    /// <summary>Maps GET /api/stats/summary.</summary>
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder stats = app.MapGroup("/api/stats")
            .WithTags("Charts")
            .RequireRateLimiting(PublicRateLimiting.PolicyName);
        stats.MapGet("/summary", GetSummaryAsync)
            .WithName("GetStatsSummary")
            .WithSummary("Returns the users, movies, ratings, sparsity and date range of the loaded data.");
        return app;
    }

    private static async Task<Ok<StatsSummary>> GetSummaryAsync(ProfileCache profiles, CancellationToken cancellationToken) =>
        TypedResults.Ok(ChartConversions.ToSummary(await profiles.GetAsync(cancellationToken)));
}
