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
        admin.MapPost("/data/reload", ReloadDataAsync)
            .WithName("ReloadData")
            .WithSummary("Makes every silo read the catalogue files and the ratings of record again and refit its " +
                "models, then rebuilds both similarity models.");
        admin.MapGet("/data", GetDataStatusAsync)
            .WithName("GetDataStatus")
            .WithSummary("Returns the latest data reload and what each silo has loaded.");
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
    /// A build computes from the ratings the silos loaded when they started or last reloaded, so
    /// ratings posted or imported since then reach a full build after POST /api/admin/data/reload.
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

    /// <summary>
    /// Requests a reload by every silo and returns 202 with the status; the silos reload on their
    /// next poll, and both similarity builds start once all of them have.
    /// </summary>
    private static async Task<Accepted<DataReloadStatus>> ReloadDataAsync(IGrainFactory grainFactory) =>
        TypedResults.Accepted("/api/admin/data", await DataReload(grainFactory).RequestReloadAsync());

    private static async Task<Ok<DataReloadStatus>> GetDataStatusAsync(IGrainFactory grainFactory) =>
        TypedResults.Ok(await DataReload(grainFactory).GetStatusAsync());

    private static IDataReloadGrain DataReload(IGrainFactory grainFactory) =>
        grainFactory.GetGrain<IDataReloadGrain>(CoordinatorKeys.Default);

    private static ICoordinatorGrain Coordinator(IGrainFactory grainFactory) =>
        grainFactory.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default);
}
