namespace MovieRecs.Grains.Abstractions;

/// <summary>Where and how fast one shard of a similarity build ran.</summary>
/// <param name="ShardIndex">The shard's position in the build's plan, from 0.</param>
/// <param name="Start">The first item index of the shard.</param>
/// <param name="End">The item index after the last one of the shard.</param>
/// <param name="Silo">The address of the silo that computed the shard.</param>
/// <param name="EntryCount">
/// The number of (item, neighbor) entries the shard produced, before symmetrizing.
/// </param>
/// <param name="ElapsedMilliseconds">The time the shard took on its silo.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.ShardRun")]
public sealed record ShardRun(
    [property: Id(0)] int ShardIndex,
    [property: Id(1)] int Start,
    [property: Id(2)] int End,
    [property: Id(3)] string Silo,
    [property: Id(4)] long EntryCount,
    [property: Id(5)] double ElapsedMilliseconds);
