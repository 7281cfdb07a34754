namespace MovieRecs.Algorithms.Data;

/// <summary>The setting that chose the MovieLens data directory, in the order they are tried.</summary>
public enum DataSource
{
    /// <summary>The directory given with the --data command-line option.</summary>
    CommandLine,

    /// <summary>The directory named by the MOVIERECS_DATA environment variable.</summary>
    EnvironmentVariable,

    /// <summary>The default data/ml-latest-small under the base directory.</summary>
    DefaultDirectory,
}
