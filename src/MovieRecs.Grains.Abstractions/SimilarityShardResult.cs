namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The neighbor lists one shard computed, in compressed sparse row form over item indices: the list
/// of item <c>Start + k</c> is entries <c>Offsets[k]</c> to <c>Offsets[k + 1] - 1</c> of the two
/// entry arrays.
/// </summary>
/// <param name="ShardIndex">The shard's position in the build's plan, from 0.</param>
/// <param name="Start">The first item index.</param>
/// <param name="End">The item index after the last one.</param>
/// <param name="Offsets">
/// End - Start + 1 offsets into the entry arrays, from 0 to their length.
/// </param>
/// <param name="NeighborIndices">The neighbors' item indices, each list strongest first.</param>
/// <param name="Similarities">
/// The similarities, aligned with <paramref name="NeighborIndices"/>.
/// </param>
/// <param name="Silo">The address of the silo that computed the shard.</param>
/// <param name="ElapsedMilliseconds">The time the computation took.</param>
/// <param name="DatasetFingerprint">The fingerprint of the ratings the silo computed from.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.SimilarityShardResult")]
public sealed record SimilarityShardResult(
    [property: Id(0)] int ShardIndex,
    [property: Id(1)] int Start,
    [property: Id(2)] int End,
    [property: Id(3)] int[] Offsets,
    [property: Id(4)] int[] NeighborIndices,
    [property: Id(5)] double[] Similarities,
    [property: Id(6)] string Silo,
    [property: Id(7)] double ElapsedMilliseconds,
    [property: Id(8)] string DatasetFingerprint);
