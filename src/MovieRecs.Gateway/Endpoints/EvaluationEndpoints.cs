using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MovieRecs.Gateway.RateLimiting;
using MovieRecs.Grains.Abstractions;
using StartResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Accepted<MovieRecs.Grains.Abstractions.EvaluationJobStatus>,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace MovieRecs.Gateway.Endpoints;

/// <summary>
/// The evaluation routes: an admin starts a job, anyone follows its progress and reads the latest
/// completed report.
/// </summary>
internal static class EvaluationEndpoints
{
    /// <summary>The largest top-N length k a job may measure.</summary>
    public const int MaxK = 100;

    /// <summary>The problem detail of a request for a report when no evaluation has finished.</summary>
    public const string NoEvaluationDetail =
        "No evaluation has finished since the coordinator's state was created, so there is no report. " +
        "An admin starts one with POST /api/admin/evaluations, then retry.";

    private const string BodyExample = "{\"models\": [\"popularity\", \"wals\"], \"k\": 10}";
    private const long MaxBodyBytes = 16 * 1024;

    /// <summary>Maps GET /api/evaluations/latest and GET /api/evaluations/{jobId}.</summary>
    public static IEndpointRouteBuilder MapEvaluationEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder evaluations = app.MapGroup("/api/evaluations")
            .WithTags("Evaluations")
            .RequireRateLimiting(PublicRateLimiting.PolicyName);
        evaluations.MapGet("/latest", GetLatestAsync)
            .WithName("GetLatestEvaluation")
            .WithSummary("Returns the report of the last evaluation job that completed, with its finish time.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        evaluations.MapGet("/{jobId}", GetJobAsync)
            .WithName("GetEvaluationJob")
            .WithSummary("Returns an evaluation job's progress, and its report once it has completed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Maps POST /evaluations on the admin group.</summary>
    public static RouteGroupBuilder MapStartEvaluation(this RouteGroupBuilder admin)
    {
        admin.MapPost("/evaluations", StartAsync)
            .WithName("StartEvaluation")
            .WithSummary("Starts an evaluation job in the background and returns its id.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return admin;
    }

    /// <summary>
    /// Starts a job and returns 202 with its status and location. The grain raises the 400 for an
    /// unknown model and the 409 while another job runs.
    /// </summary>
    private static async Task<StartResult> StartAsync(
        HttpRequest request,
        IGrainFactory grainFactory,
        CancellationToken cancellationToken)
    {
        if (JsonBody.CheckHeaders(request, MaxBodyBytes, BodyExample) is { } unreadable)
        {
            return unreadable;
        }

        var errors = new Dictionary<string, string[]>();
        EvaluationJobBody? body = JsonBody.IsEmpty(request)
            ? new EvaluationJobBody(null, null)
            : await JsonBody.ReadAsync<EvaluationJobBody>(request, MaxBodyBytes, BodyExample, errors, cancellationToken);
        IReadOnlyList<string?> models = body?.Models ?? [];
        int k = body?.K ?? 10;
        if (body?.Models is { Count: 0 })
        {
            // An empty list is more likely a client that lost its selection than a request for all
            // models, which takes minutes.
            errors["models"] = ["The models list is empty: name models such as \"wals\", or leave the field out to evaluate all."];
        }
        else if (models.Any(string.IsNullOrWhiteSpace))
        {
            errors["models"] = ["A model name is empty or null: send names such as \"wals\", or no models for all."];
        }

        if (k is < 1 or > MaxK)
        {
            errors["k"] = [$"The k {k} is invalid: it must be an integer between 1 and {MaxK}."];
        }

        if (errors.Count > 0)
        {
            return RequestValidation.Problem(errors);
        }

        var evaluation = new EvaluationRequest(models.Select(model => model!).ToArray(), K: k);
        EvaluationJobStatus status = await Coordinator(grainFactory).StartEvaluationJobAsync(evaluation);
        return TypedResults.Accepted($"/api/evaluations/{status.JobId}", status);
    }

    private static async Task<Ok<EvaluationJobStatus>> GetJobAsync(string jobId, IGrainFactory grainFactory) =>
        TypedResults.Ok(await Coordinator(grainFactory).GetEvaluationJobAsync(jobId));

    /// <summary>Returns the latest report, or a 404 problem when no evaluation has finished.</summary>
    private static async Task<Results<Ok<EvaluationReport>, ProblemHttpResult>> GetLatestAsync(
        IGrainFactory grainFactory)
    {
        EvaluationReport? report = await Coordinator(grainFactory).GetLatestEvaluationAsync();
        if (report is null)
        {
            return NoEvaluationProblem();
        }

        return TypedResults.Ok(report);
    }

    /// <summary>Creates the 404 problem for a request that needs a finished evaluation.</summary>
    public static ProblemHttpResult NoEvaluationProblem() =>
        TypedResults.Problem(
            detail: NoEvaluationDetail,
            statusCode: StatusCodes.Status404NotFound,
            title: "No evaluation report");

    private static ICoordinatorGrain Coordinator(IGrainFactory grainFactory) =>
        grainFactory.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default);
}
