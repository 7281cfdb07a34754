namespace MovieRecs.Analytics.Tests;

/// <summary>
/// Where the tests find the MovieLens copies: ml-latest-small in MOVIERECS_DATA, and ml-100k in
/// MOVIERECS_DATA_100K or else in the folder "ml-100k" beside ml-latest-small.
/// </summary>
public static class DataSets
{
    public const string LatestSmallVariable = "MOVIERECS_DATA";
    public const string Ml100KVariable = "MOVIERECS_DATA_100K";

    /// <summary>The ml-latest-small folder, or <see langword="null"/> when none is configured.</summary>
    public static string? LatestSmall =>
        Environment.GetEnvironmentVariable(LatestSmallVariable) is { Length: > 0 } path && Directory.Exists(path)
            ? path
            : null;

    /// <summary>The ml-100k folder, or <see langword="null"/> when none is configured or found.</summary>
    public static string? Ml100K
    {
        get
        {
            if (Environment.GetEnvironmentVariable(Ml100KVariable) is { Length: > 0 } configured)
            {
                return Directory.Exists(configured) ? configured : null;
            }

            if (LatestSmall is not { } latestSmall)
            {
                return null;
            }

            string sibling = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(latestSmall).TrimEnd('/'))!, "ml-100k");
            return File.Exists(Path.Combine(sibling, "u.data")) ? sibling : null;
        }
    }
}

/// <summary>A fact that runs only when ml-latest-small is configured (MOVIERECS_DATA).</summary>
public sealed class RequiresLatestSmallFactAttribute : FactAttribute
{
    public RequiresLatestSmallFactAttribute()
    {
        if (DataSets.LatestSmall is null)
        {
            Skip = $"Set {DataSets.LatestSmallVariable} to an ml-latest-small folder to run this test.";
        }
    }
}

/// <summary>A fact that runs only when ml-100k is configured or lies beside ml-latest-small.</summary>
public sealed class RequiresMl100KFactAttribute : FactAttribute
{
    public RequiresMl100KFactAttribute()
    {
        if (DataSets.Ml100K is null)
        {
            Skip = $"Set {DataSets.Ml100KVariable} to an ml-100k folder to run this test.";
        }
    }
}
