namespace MovieRecs.Cli.Tests;

/// <summary>
/// A fact that runs only when MOVIERECS_DATA names a MovieLens ml-latest-small folder; otherwise
/// xunit reports it as skipped with the reason.
/// </summary>
public sealed class RequiresDataFactAttribute : FactAttribute
{
    public const string EnvironmentVariable = "MOVIERECS_DATA";

    public RequiresDataFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable)))
        {
            Skip = $"Set {EnvironmentVariable} to an ml-latest-small folder to run this test.";
        }
    }

    /// <summary>The data directory from MOVIERECS_DATA; only valid inside a test that was not skipped.</summary>
    public static string DataDirectory =>
        Environment.GetEnvironmentVariable(EnvironmentVariable)
        ?? throw new InvalidOperationException($"{EnvironmentVariable} is not set.");
}
