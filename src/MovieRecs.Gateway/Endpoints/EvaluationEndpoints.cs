using Microsoft.AspNetCore.Http.HttpResults;
using MovieRecs.Gateway.RateLimiting;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Endpoints;

/// <summary>The routes of the evaluation reports the coordinator keeps.</summary>
internal static class EvaluationEndpoints
{
    /// <summary>The problem detail of a request for a report when no evaluation has finished.</summary>
    public const string NoEvaluationDetail =
        "No evaluation has finished since the coordinator's state was created, so there is no report. " +
        "Run an evaluation through the coordinator, then retry.";

    /// <summary>Maps GET /api/evaluations/latest.</summary>
    public static IEndpointRouteBuilder MapEvaluationEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder evaluations = app.MapGroup("/api/evaluations")
            .WithTags("Evaluations")
            .RequireRateLimiting(PublicRateLimiting.PolicyName);
        evaluations.MapGet("/latest", GetLatestAsync)
            .WithName("GetLatestEvaluation")
            .WithSummary("Returns the report of the evaluation that finished last, with its finish time.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Returns the latest report, or a 404 problem when no evaluation has finished.</summary>
    private static async Task<Results<Ok<EvaluationReport>, ProblemHttpResult>> GetLatestAsync(
        IGrainFactory grainFactory)
    {
        EvaluationReport? report = await grainFactory
            .GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default)
            .GetLatestEvaluationAsync();
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
}
