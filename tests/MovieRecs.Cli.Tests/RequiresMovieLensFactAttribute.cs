namespace MovieRecs.Cli.Tests;

/// <summary>
/// A fact that runs only when a real MovieLens copy is configured: ml-latest-small in MOVIERECS_DATA,
/// ml-100k in MOVIERECS_DATA_100K or as the folder "ml-100k" beside ml-latest-small.
/// </summary>
public sealed class RequiresMovieLensFactAttribute : FactAttribute
{
    public const string LatestSmall = "ml-latest-small";
    public const string Ml100K = "ml-100k";

    public RequiresMovieLensFactAttribute(string copy)
    {
        if (FindDirectory(copy) is null)
        {
            Skip = copy == Ml100K
                ? "Set MOVIERECS_DATA_100K to an ml-100k folder to run this test."
                : "Set MOVIERECS_DATA to an ml-latest-small folder to run this test.";
        }
    }

    /// <summary>Returns the folder of <paramref name="copy"/>, or null when it is not configured.</summary>
    public static string? FindDirectory(string copy)
    {
        string? small = Environment.GetEnvironmentVariable("MOVIERECS_DATA") is { Length: > 0 } configured && Directory.Exists(configured)
            ? configured
            : null;
        if (copy == LatestSmall)
        {
            return small;
        }

        if (Environment.GetEnvironmentVariable("MOVIERECS_DATA_100K") is { Length: > 0 } hundredK)
        {
            return Directory.Exists(hundredK) ? hundredK : null;
        }

        if (small is null)
        {
            return null;
        }

        string sibling = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(small).TrimEnd('/'))!, Ml100K);
        return File.Exists(Path.Combine(sibling, "u.data")) ? sibling : null;
    }
}
