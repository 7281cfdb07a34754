using System.Text.Json.Serialization;

namespace MovieRecs.Grains.Abstractions;

/// <summary>The state of the latest similarity build of one metric.</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<SimilarityJobState>))]
[Alias("MovieRecs.SimilarityJobState")]
public enum SimilarityJobState
{
    /// <summary>No build has been started.</summary>
    NotStarted,

    /// <summary>A build is computing shards or pushing lists to item grains.</summary>
    Running,

    /// <summary>The latest build finished and every item grain stores its list.</summary>
    Completed,

    /// <summary>
    /// The latest build failed, for the reason in <see cref="SimilarityJobStatus.Error"/>.
    /// </summary>
    Failed,
}
