namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The exception thrown when a request names a model that the catalogue does not have.
/// </summary>
[GenerateSerializer]
[Alias("MovieRecs.UnknownModelException")]
public sealed class UnknownModelException : Exception
{
    /// <summary>Creates the exception for a model name and the names that are known.</summary>
    public UnknownModelException(string model, IReadOnlyList<string> knownModels)
        : base($"Unknown model '{model}'. Known models: {string.Join(", ", knownModels)}.")
    {
        Model = model;
        KnownModels = knownModels;
    }

    /// <summary>Creates the exception with the default message.</summary>
    public UnknownModelException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UnknownModelException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public UnknownModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The model name that was not found.</summary>
    [Id(0)]
    public string Model { get; init; } = string.Empty;

    /// <summary>The model names the catalogue has.</summary>
    [Id(1)]
    public IReadOnlyList<string> KnownModels { get; init; } = [];
}
