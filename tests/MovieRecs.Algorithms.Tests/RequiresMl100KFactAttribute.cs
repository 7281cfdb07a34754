namespace MovieRecs.Algorithms.Tests;

/// <summary>
/// A fact that runs only when MovieLens 100K is available: MOVIERECS_DATA_100K names it, or the
/// folder "ml-100k" lies beside the ml-latest-small folder that MOVIERECS_DATA names.
/// </summary>
public sealed class RequiresMl100KFactAttribute : FactAttribute
{
    public const string EnvironmentVariable = "MOVIERECS_DATA_100K";

    public RequiresMl100KFactAttribute()
    {
        if (FindDirectory() is null)
        {
            Skip = $"Set {EnvironmentVariable} to an ml-100k folder to run this test.";
        }
    }

    /// <summary>The ml-100k folder, for use inside a test that was not skipped.</summary>
    public static string DataDirectory =>
        FindDirectory() ?? throw new InvalidOperationException($"{EnvironmentVariable} is not set.");

    private static string? FindDirectory()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }

        if (Environment.GetEnvironmentVariable(RequiresDataFactAttribute.EnvironmentVariable) is not { Length: > 0 } small)
        {
            return null;
        }

        string sibling = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(small).TrimEnd('/'))!, "ml-100k");
        return File.Exists(Path.Combine(sibling, "u.data")) ? sibling : null;
    }
}
