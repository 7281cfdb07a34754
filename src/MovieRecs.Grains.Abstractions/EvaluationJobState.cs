using System.Text.Json.Serialization;

namespace MovieRecs.Grains.Abstractions;

/// <summary>The state of an evaluation job; JSON writes it by name, such as "Running".</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<EvaluationJobState>))]
[Alias("MovieRecs.EvaluationJobState")]
public enum EvaluationJobState
{
    /// <summary>The models are being evaluated.</summary>
    Running,

    /// <summary>Every model was evaluated and the report is stored.</summary>
    Completed,

    /// <summary>The job failed, for the reason in <see cref="EvaluationJobStatus.Error"/>.</summary>
    Failed,
}
