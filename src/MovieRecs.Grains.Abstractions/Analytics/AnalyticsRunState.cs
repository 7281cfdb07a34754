using System.Text.Json.Serialization;

namespace MovieRecs.Grains.Abstractions.Analytics;

/// <summary>The state of an analytics run or of one of its steps; JSON writes it by name, such as "Running".</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<AnalyticsRunState>))]
[Alias("MovieRecs.AnalyticsRunState")]
public enum AnalyticsRunState
{
    /// <summary>Waiting for the steps before it.</summary>
    Pending,

    /// <summary>Computing.</summary>
    Running,

    /// <summary>Finished without an error.</summary>
    Completed,

    /// <summary>Stopped with an error; a failed run has at least one failed step.</summary>
    Failed,
}
