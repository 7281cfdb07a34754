namespace MovieRecs.Grains.Abstractions;

/// <summary>The report of the last evaluation job that completed, and when it finished.</summary>
/// <param name="JobId">The id of the job that produced the report.</param>
/// <param name="FinishedAt">When the job finished (UTC).</param>
/// <param name="Report">The results per model.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.CompletedEvaluation")]
public sealed record CompletedEvaluation(
    [property: Id(0)] string JobId,
    [property: Id(1)] DateTimeOffset FinishedAt,
    [property: Id(2)] EvaluationReport Report);
