namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The exception thrown when an evaluation job id is not one the coordinator has run or keeps.
/// </summary>
[GenerateSerializer]
[Alias("MovieRecs.UnknownEvaluationJobException")]
public sealed class UnknownEvaluationJobException : Exception
{
    /// <summary>Creates the exception for a job id and the number of jobs the coordinator keeps.</summary>
    public UnknownEvaluationJobException(string jobId, int keptJobs)
        : base($"Evaluation job '{jobId}' is not known: the coordinator keeps the last {keptJobs} jobs since it " +
            "started. POST /api/admin/evaluations starts a new one.")
    {
        JobId = jobId;
    }

    /// <summary>Creates the exception with the default message.</summary>
    public UnknownEvaluationJobException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UnknownEvaluationJobException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public UnknownEvaluationJobException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The job id that was not found.</summary>
    [Id(0)]
    public string JobId { get; init; } = string.Empty;
}
