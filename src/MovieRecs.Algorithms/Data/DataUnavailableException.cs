namespace MovieRecs.Algorithms.Data;

/// <summary>
/// The exception thrown when the MovieLens data can be neither found locally nor downloaded. Its
/// message names the path or address that failed and how to point the program at a local copy.
/// </summary>
public class DataUnavailableException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public DataUnavailableException()
        : base("The MovieLens data is not available.")
    {
    }

    /// <summary>Creates the exception with a message that names the path or address that failed.</summary>
    public DataUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public DataUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
