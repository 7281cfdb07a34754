using System.Text.Json.Serialization;

namespace MovieRecs.Grains.Abstractions;

/// <summary>What a shard worker knows of one shard it was asked to compute.</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<ShardWorkState>))]
[Alias("MovieRecs.ShardWorkState")]
public enum ShardWorkState
{
    /// <summary>
    /// This activation of the worker was never asked for the shard: the activation that was is
    /// gone with its silo, or was collected after it finished.
    /// </summary>
    Unknown,

    /// <summary>The shard is being computed.</summary>
    Running,

    /// <summary>The shard was computed and its result stored.</summary>
    Finished,

    /// <summary>Computing the shard failed, for the reason in the report.</summary>
    Failed,
}
