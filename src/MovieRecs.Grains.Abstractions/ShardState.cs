using System.Text.Json.Serialization;

namespace MovieRecs.Grains.Abstractions;

/// <summary>Where one shard of a similarity build stands.</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<ShardState>))]
[Alias("MovieRecs.ShardState")]
public enum ShardState
{
    /// <summary>Not yet started, or started on a silo that was lost, so it must run again.</summary>
    Pending,

    /// <summary>Started on the worker of its slot, which has not reported back yet.</summary>
    Running,

    /// <summary>Computed, with its neighbor lists stored for the merge.</summary>
    Done,
}
