using System.Text.Json.Serialization;

namespace MovieRecs.Grains.Abstractions;

/// <summary>Where an evaluation job stands, and its report once it has completed.</summary>
/// <param name="JobId">The job id, such as "evaluation-3f2a9c1b".</param>
/// <param name="State">Whether the job is running, completed or failed.</param>
/// <param name="Models">The models the job evaluates, in request order.</param>
/// <param name="ModelsDone">The number of models evaluated so far.</param>
/// <param name="StartedAt">When the job started (UTC).</param>
/// <param name="FinishedAt">When the job completed or failed; null while it runs.</param>
/// <param name="Error">Why the job failed; null unless it failed.</param>
/// <param name="Report">The results; null until the job has completed.</param>
/// <param name="Request">
/// The request, kept so a coordinator activated after a silo loss can resume the job; not in the
/// API's JSON.
/// </param>
/// <param name="FinishedModels">
/// The results of the models evaluated so far, kept so a resumed job runs only the others; not in
/// the API's JSON.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.EvaluationJobStatus")]
public sealed record EvaluationJobStatus(
    [property: Id(0)] string JobId,
    [property: Id(1)] EvaluationJobState State,
    [property: Id(2)] IReadOnlyList<string> Models,
    [property: Id(3)] int ModelsDone,
    [property: Id(4)] DateTimeOffset StartedAt,
    [property: Id(5)] DateTimeOffset? FinishedAt,
    [property: Id(6)] string? Error,
    [property: Id(7)] EvaluationReport? Report,
    [property: Id(8), JsonIgnore] EvaluationRequest? Request = null,
    [property: Id(9), JsonIgnore] IReadOnlyList<ModelEvaluationResult>? FinishedModels = null)
{
    /// <summary>The number of models the job evaluates.</summary>
    public int ModelsTotal => Models.Count;
}
