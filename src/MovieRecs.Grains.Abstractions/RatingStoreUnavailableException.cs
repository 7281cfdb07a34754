namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The exception thrown when the system of record could not be read or did not commit a write.
/// Nothing was acknowledged, so the request can be sent again. It carries the database's message
/// only, since the database drivers' own exceptions cannot cross the cluster.
/// </summary>
[GenerateSerializer]
[Alias("MovieRecs.RatingStoreUnavailableException")]
public sealed class RatingStoreUnavailableException : Exception
{
    /// <summary>Creates the exception with the default message.</summary>
    public RatingStoreUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RatingStoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the driver's exception, which stays on the silo.</summary>
    public RatingStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
