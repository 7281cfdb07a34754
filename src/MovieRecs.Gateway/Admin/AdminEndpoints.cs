using Microsoft.AspNetCore.Http.HttpResults;
using MovieRecs.Gateway.Analytics;
using MovieRecs.Gateway.Endpoints;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Admin;

/// <summary>
/// The admin routes under /api/admin: service status, similarity rebuilds, the bulk ratings
/// import, evaluation jobs and analytics runs. Every route requires the <see cref="AdminSetup.AdminPolicy"/> policy.
/// </summary>
internal static class AdminEndpoints
{
    /// <summary>
    /// Maps GET /api/admin/status, GET /api/admin/similarity/{metric}, POST
    /// /api/admin/similarity/{metric}/rebuild, POST /api/admin/ratings/import, POST
    /// /api/admin/evaluations and POST /api/admin/analytics/refresh.
    /// </summary>
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder admin = app.MapGroup("/api/admin")
            .WithTags("Admin")
            .RequireAuthorization(AdminSetup.AdminPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        admin.MapGet("/status", GetStatusAsync)
            .WithName("GetServiceStatus")
            .WithSummary("Returns the data set summary and the state of every similarity build.");
        admin.MapGet("/similarity/{metric}", GetSimilarityAsync)
            .WithName("GetSimilarityStatus")
            .WithSummary("Returns the state of one metric's similarity builds.");
        admin.MapPost("/similarity/{metric}/rebuild", RebuildSimilarityAsync)
            .WithName("RebuildSimilarity")
            .WithSummary("Starts a new similarity build of one metric unless one is running.");
        admin.MapPost("/ratings/import", RatingImportEndpoint.ImportAsync)
            .WithName("ImportRatings")
            .WithSummary("Streams a ratings CSV into the system of record and reports every skipped row.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        admin.MapStartEvaluation();
        admin.MapAnalyticsRefresh();
        return app;
    }

    private static async Task<Ok<ServiceStatus>> GetStatusAsync(IGrainFactory grainFactory) =>
        TypedResults.Ok(await Coordinator(grainFactory).GetStatusAsync());

    private static async Task<Results<Ok<SimilarityJobStatus>, ValidationProblem>> GetSimilarityAsync(
        string metric,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        ItemSimilarityMetric similarity = RequestValidation.ParseMetric(metric, errors);
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        return TypedResults.Ok(await Coordinator(grainFactory).GetSimilarityStatusAsync(similarity));
    }

    /// <summary>
    /// Starts a rebuild and returns 202 with the build's status. A build that is already running
    /// is joined, not restarted, and its status is returned.
    /// </summary>
    /// <remarks>
    /// NOTE: a build computes from the ratings the silos loaded when they started, so ratings
    /// posted or imported since then reach the similarity only after the silos restart.
    /// </remarks>
    private static async Task<Results<Accepted<SimilarityJobStatus>, ValidationProblem>> RebuildSimilarityAsync(
        string metric,
        IGrainFactory grainFactory)
    {
        var errors = new Dictionary<string, string[]>();
        ItemSimilarityMetric similarity = RequestValidation.ParseMetric(metric, errors);
        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        SimilarityJobStatus status = await Coordinator(grainFactory).StartSimilarityJobAsync(similarity, rebuild: true);
        string name = SimilarityMetricNames.ToName(similarity);
        return TypedResults.Accepted($"/api/admin/similarity/{name}", status);
    }

    private static ICoordinatorGrain Coordinator(IGrainFactory grainFactory) =>
        grainFactory.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default);
}
