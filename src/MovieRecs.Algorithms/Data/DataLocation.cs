namespace MovieRecs.Algorithms.Data;

/// <summary>The resolved MovieLens data directory and the setting that chose it.</summary>
/// <param name="Directory">The full path of the directory.</param>
/// <param name="Source">The setting that chose the directory.</param>
/// <param name="Exists">
/// Whether the directory contains movies.csv and ratings.csv. Always <see langword="true"/> for
/// <see cref="DataSource.CommandLine"/> and <see cref="DataSource.EnvironmentVariable"/>, because
/// those fail when the files are missing. The default directory may not exist yet.
/// </param>
public sealed record DataLocation(string Directory, DataSource Source, bool Exists);
