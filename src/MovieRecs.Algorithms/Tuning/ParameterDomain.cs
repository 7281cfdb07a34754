using System.Globalization;

namespace MovieRecs.Algorithms.Tuning;

/// <summary>
/// The values a search may give one parameter: a <see cref="ParameterValues"/> list or a
/// <see cref="ParameterRange"/>.
/// </summary>
public abstract record ParameterDomain
{
    private const string RangeSeparator = "..";
    private const string LogSuffix = ":log";

    /// <summary>Draws one value; integer parameters get whole numbers.</summary>
    public abstract double Sample(Random random, ParameterKind kind);

    /// <summary>
    /// Parses the command-line syntax: <c>v1,v2,...</c> for a list, <c>lo..hi</c> for a uniform
    /// range and <c>lo..hi:log</c> for a log-uniform one. Numbers use the invariant culture.
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty, a number is invalid, or the range is invalid.</exception>
    public static ParameterDomain Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException(
                "The value list is empty; give values such as 10,20 or a range such as 10..50.");
        }

        int separator = trimmed.IndexOf(RangeSeparator, StringComparison.Ordinal);
        if (separator < 0)
        {
            return new ParameterValues(trimmed.Split(',').Select(part => ParseNumber(part, text)).ToArray());
        }

        ParameterScale scale = ParameterScale.Uniform;
        if (trimmed.EndsWith(LogSuffix, StringComparison.OrdinalIgnoreCase))
        {
            scale = ParameterScale.LogUniform;
            trimmed = trimmed[..^LogSuffix.Length];
        }

        double minimum = ParseNumber(trimmed[..separator], text);
        double maximum = ParseNumber(trimmed[(separator + RangeSeparator.Length)..], text);
        return new ParameterRange(minimum, maximum, scale);
    }

    /// <summary>Formats a number the way <see cref="Parse"/> reads it.</summary>
    protected static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static double ParseNumber(string part, string text)
    {
        string trimmed = part.Trim();
        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            || !double.IsFinite(value))
        {
            throw new ArgumentException(
                $"'{trimmed}' in '{text}' is not a finite number; "
                + "write values as 0.01,0.1 or a range as 0.01..0.1[:log].");
        }

        return value;
    }
}
