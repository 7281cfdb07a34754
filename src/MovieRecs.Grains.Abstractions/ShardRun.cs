namespace MovieRecs.Grains.Abstractions;

/// <summary>Where one shard of a similarity build stands, where it ran and how fast.</summary>
/// <param name="ShardIndex">The shard's position in the build's plan, from 0.</param>
/// <param name="Start">The first item index of the shard.</param>
/// <param name="End">The item index after the last one of the shard.</param>
/// <param name="Silo">
/// The address of the silo that runs or ran the shard; empty while it is pending.
/// </param>
/// <param name="EntryCount">
/// The number of (item, neighbor) entries the shard produced, before symmetrizing; 0 until done.
/// </param>
/// <param name="ElapsedMilliseconds">The time the shard took on its silo; 0 until done.</param>
/// <param name="State">Whether the shard is pending, running or done.</param>
/// <param name="Attempts">
/// How many times the shard was started; more than 1 when a silo running it was lost.
/// </param>
/// <param name="DatasetFingerprint">
/// The fingerprint of the ratings the shard's silo loaded; it differs from the build's when that
/// silo started after ratings were posted. Null until done.
/// </param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.ShardRun")]
public sealed record ShardRun(
    [property: Id(0)] int ShardIndex,
    [property: Id(1)] int Start,
    [property: Id(2)] int End,
    [property: Id(3)] string Silo,
    [property: Id(4)] long EntryCount,
    [property: Id(5)] double ElapsedMilliseconds,
    [property: Id(6)] ShardState State = ShardState.Done,
    [property: Id(7)] int Attempts = 1,
    [property: Id(8)] string? DatasetFingerprint = null)
{
    /// <summary>Creates the entry of a planned shard that has not started.</summary>
    public static ShardRun Planned(int shardIndex, int start, int end) =>
        new(shardIndex, start, end, string.Empty, 0, 0, ShardState.Pending, 0);
}
