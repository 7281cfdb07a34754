namespace MovieRecs.Grains.Abstractions;

/// <summary>A shard worker's answer about one shard.</summary>
/// <param name="State">What the worker knows of the shard.</param>
/// <param name="Run">Where and how fast the shard ran, once it is finished.</param>
/// <param name="Error">Why the shard failed, when it did.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.ShardWorkReport")]
public sealed record ShardWorkReport(
    [property: Id(0)] ShardWorkState State,
    [property: Id(1)] ShardRun? Run,
    [property: Id(2)] string? Error);
