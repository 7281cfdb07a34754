using System.Globalization;

namespace MovieRecs.Silo;

/// <summary>
/// Settings of the cluster's customer analytics, bound from the "MovieRecs:Analytics" section.
/// </summary>
public sealed class AnalyticsSiloOptions
{
    /// <summary>The value of <see cref="RefreshInterval"/> that turns the scheduled refresh off, besides 0.</summary>
    public const string Off = "off";

    /// <summary>The shortest refresh interval accepted.</summary>
    public static readonly TimeSpan MinRefreshInterval = TimeSpan.FromSeconds(5);

    /// <summary>The longest refresh interval accepted.</summary>
    public static readonly TimeSpan MaxRefreshInterval = TimeSpan.FromDays(30);

    /// <summary>The longest first-run delay accepted.</summary>
    public static readonly TimeSpan MaxFirstRunDelay = TimeSpan.FromDays(1);

    /// <summary>
    /// The time between scheduled runs of every customer analysis as [d.]hh:mm:ss, from
    /// 00:00:05 to 30.00:00:00; "off" or 0 runs them only on request.
    /// </summary>
    public string RefreshInterval { get; set; } = "06:00:00";

    /// <summary>
    /// The time from silo start to the first scheduled run, up to 1 day, so the first run does not
    /// compete with the similarity builds at start.
    /// </summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Parses a refresh interval: "off" (any case), 0 or 00:00:00 give <see cref="TimeSpan.Zero"/>,
    /// anything else must be a TimeSpan in the invariant culture, such as 06:00:00.
    /// </summary>
    public static bool TryParseRefreshInterval(string? value, out TimeSpan interval)
    {
        interval = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        string text = value.Trim();
        if (string.Equals(text, Off, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out interval);
    }

    /// <summary>Returns the parsed refresh interval, zero when off.</summary>
    /// <exception cref="FormatException">The interval does not parse; the validator reports it first.</exception>
    public TimeSpan ParseRefreshInterval() =>
        TryParseRefreshInterval(RefreshInterval, out TimeSpan interval)
            ? interval
            : throw new FormatException(
                $"MovieRecs:Analytics:RefreshInterval is '{RefreshInterval}'; use a time such as 06:00:00, or off.");
}
