namespace MovieRecs.Browser.Tests;

/// <summary>
/// A fact that runs only when MOVIERECS_DATA names an ml-latest-small folder and a Chromium
/// executable exists; otherwise xunit reports it as skipped with the reason.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = BrowserEnvironment.SkipReason;
    }
}
