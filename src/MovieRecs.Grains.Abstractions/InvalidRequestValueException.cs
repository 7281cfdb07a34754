namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The exception thrown when a request value is well formed but not valid against the loaded
/// data, such as a genre or a movie the catalogue does not have.
/// </summary>
[GenerateSerializer]
[Alias("MovieRecs.InvalidRequestValueException")]
public sealed class InvalidRequestValueException : Exception
{
    /// <summary>Creates the exception for the request parameter that holds the value.</summary>
    public InvalidRequestValueException(string parameter, string message)
        : base(message)
    {
        Parameter = parameter;
    }

    /// <summary>Creates the exception with the default message.</summary>
    public InvalidRequestValueException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidRequestValueException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public InvalidRequestValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The name of the request parameter or body field, such as "genres".</summary>
    [Id(0)]
    public string Parameter { get; init; } = string.Empty;
}
