namespace MovieRecs.Grains.Abstractions;

/// <summary>The exception thrown when a movie id is not in the catalogue.</summary>
[GenerateSerializer]
[Alias("MovieRecs.UnknownMovieException")]
public sealed class UnknownMovieException : Exception
{
    /// <summary>Creates the exception for a movie id.</summary>
    public UnknownMovieException(long movieId)
        : base($"Movie {movieId} is not in the catalogue.")
    {
        MovieId = movieId;
    }

    /// <summary>Creates the exception with the default message and no movie id.</summary>
    public UnknownMovieException()
    {
    }

    /// <summary>Creates the exception with a message and no movie id.</summary>
    public UnknownMovieException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message, an inner exception and no movie id.</summary>
    public UnknownMovieException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The movie id that was not found.</summary>
    [Id(0)]
    public long MovieId { get; init; }
}
