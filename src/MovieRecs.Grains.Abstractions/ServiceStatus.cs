namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The readiness of the recommendation service: the data set and every similarity build.
/// </summary>
/// <param name="Data">The data set of the coordinator's silo.</param>
/// <param name="Similarity">The status of each similarity metric, cosine first.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.ServiceStatus")]
public sealed record ServiceStatus(
    [property: Id(0)] DatasetSummary Data,
    [property: Id(1)] IReadOnlyList<SimilarityJobStatus> Similarity)
{
    /// <summary>Whether every metric has a completed build, so every model can serve.</summary>
    public bool IsReady => Similarity.Count > 0 && Similarity.All(status => status.IsReady);
}
