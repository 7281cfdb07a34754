namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The results of an evaluation run, one per model, in the order the request named them.
/// </summary>
/// <param name="Split">The name of the split, such as "temporal-holdout".</param>
/// <param name="Results">The results per model.</param>
/// <param name="ElapsedSeconds">The wall time of the whole run.</param>
/// <param name="FinishedAt">When the run finished (UTC).</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.EvaluationReport")]
public sealed record EvaluationReport(
    [property: Id(0)] string Split,
    [property: Id(1)] IReadOnlyList<ModelEvaluationResult> Results,
    [property: Id(2)] double ElapsedSeconds,
    [property: Id(3)] DateTimeOffset FinishedAt = default);
