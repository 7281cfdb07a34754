namespace MovieRecs.Grains.Abstractions;

/// <summary>One shard of a similarity build: a contiguous range of item indices.</summary>
/// <param name="JobVersion">The version of the build the shard belongs to.</param>
/// <param name="Metric">The similarity function.</param>
/// <param name="ShardIndex">The shard's position in the build's plan, from 0.</param>
/// <param name="Start">The first item index.</param>
/// <param name="End">The item index after the last one.</param>
/// <param name="DatasetFingerprint">The fingerprint of the coordinator's data set, ratings included.</param>
/// <param name="CatalogueFingerprint">
/// The fingerprint of the coordinator's catalogue; a worker whose silo loaded another catalogue
/// rejects the shard, because its item indices mean other movies.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.SimilarityShardRequest")]
public sealed record SimilarityShardRequest(
    [property: Id(0)] long JobVersion,
    [property: Id(1)] ItemSimilarityMetric Metric,
    [property: Id(2)] int ShardIndex,
    [property: Id(3)] int Start,
    [property: Id(4)] int End,
    [property: Id(5)] string DatasetFingerprint,
    [property: Id(6)] string CatalogueFingerprint);
