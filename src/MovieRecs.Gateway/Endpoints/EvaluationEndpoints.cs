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
            : await JsonBody.ReadAsync<EvaluationJobBody>(request, BodyExample, errors, cancellationToken);
        IReadOnlyList<string?> models = body?.Models ?? [];
        int k = body?.K ?? 10;
        if (models.Any(string.IsNullOrWhiteSpace))
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

    private static async Task<Results<Ok<CompletedEvaluation>, ProblemHttpResult>> GetLatestAsync(
        IGrainFactory grainFactory)
    {
        CompletedEvaluation? latest = await Coordinator(grainFactory).GetLatestEvaluationAsync();
        if (latest is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No evaluation yet",
                detail: "No evaluation job has completed yet. An admin starts one with POST " +
                    "/api/admin/evaluations.");
        }

        return TypedResults.Ok(latest);
    }

    private static ICoordinatorGrain Coordinator(IGrainFactory grainFactory) =>
        grainFactory.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default);
}
