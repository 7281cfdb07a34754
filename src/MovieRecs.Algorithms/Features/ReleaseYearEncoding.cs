namespace MovieRecs.Algorithms.Features;

/// <summary>How the release year becomes features.</summary>
public enum ReleaseYearEncoding
{
    /// <summary>One-hot of the release decade: 1999 is all "1990s".</summary>
    Decade,

    /// <summary>
    /// A triangular kernel over decade centres (1994.5 for the 1990s): a year is split linearly
    /// between the two nearest centres, so 1999 is 0.55 "1990s" and 0.45 "2000s".
    /// </summary>
    SmoothDecade,
}
