namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The exception thrown when an evaluation job is requested while another one is running.
/// </summary>
[GenerateSerializer]
[Alias("MovieRecs.EvaluationAlreadyRunningException")]
public sealed class EvaluationAlreadyRunningException : Exception
{
    /// <summary>Creates the exception for the running job.</summary>
    public EvaluationAlreadyRunningException(string jobId, int modelsDone, int modelsTotal)
        : base($"Evaluation job {jobId} is running ({modelsDone} of {modelsTotal} models done). Follow it at " +
            $"GET /api/evaluations/{jobId} and start a new one when it has finished.")
    {
        JobId = jobId;
    }

    /// <summary>Creates the exception with the default message.</summary>
    public EvaluationAlreadyRunningException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public EvaluationAlreadyRunningException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public EvaluationAlreadyRunningException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The id of the running job.</summary>
    [Id(0)]
    public string JobId { get; init; } = string.Empty;
}
