namespace MovieRecs.Grains.Abstractions;

/// <summary>The bounds on the list sizes grains return.</summary>
public static class RecommendationLimits
{
    /// <summary>The list size used when a request names none.</summary>
    public const int DefaultCount = 10;

    /// <summary>The largest list a request may ask for.</summary>
    public const int MaxCount = 100;

    /// <summary>The rule a list size must meet, for error messages.</summary>
    public const string CountRule = "an integer between 1 and 100";

    /// <summary>Returns whether a list size is within 1-<see cref="MaxCount"/>.</summary>
    public static bool IsValidCount(int count) => count is >= 1 and <= MaxCount;
}
