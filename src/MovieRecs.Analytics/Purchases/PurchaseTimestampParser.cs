using System.Globalization;

namespace MovieRecs.Analytics.Purchases;

/// <summary>
/// Parses the timestamp field of a purchase log in the format a <see cref="PurchaseCsvMapping"/> names.
/// Times without an offset are read as UTC, and every result is converted to UTC.
/// </summary>
internal sealed class PurchaseTimestampParser
{
    // ISO 8601 forms: date only, minutes, seconds and fractions, with 'T' or a space, with or without an
    // offset ('K' matches nothing, Z or +hh:mm).
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-ddK",
    ];

    private const DateTimeStyles UtcStyles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    private readonly string _format;
    private readonly CultureInfo _culture;

    public PurchaseTimestampParser(string format, CultureInfo culture)
    {
        _format = format.Trim();
        _culture = culture;
    }

    /// <summary>Describes the accepted forms for an error message.</summary>
    public string Expected => _format switch
    {
        PurchaseCsvMapping.AutoTimestamps =>
            "ISO 8601 (2024-03-01T14:30:00Z) or Unix seconds (1709303400); set timestampFormat in the mapping " +
            "for another form, such as dd/MM/yyyy HH:mm",
        PurchaseCsvMapping.UnixSeconds => "an integer number of seconds since 1970-01-01 UTC",
        PurchaseCsvMapping.UnixMilliseconds => "an integer number of milliseconds since 1970-01-01 UTC",
        PurchaseCsvMapping.Iso8601 => "ISO 8601, such as 2024-03-01T14:30:00Z",
        _ => $"the format '{_format}' of the mapping",
    };

    /// <summary>
    /// Returns whether a field that failed to parse has the shape of an ISO 8601 date (four digits, a
    /// dash, two digits, a dash, two digits) under a format that reads ISO 8601, so that its date or
    /// time, not its form, is wrong, as in 2024-13-01.
    /// </summary>
    public bool LooksLikeIsoDate(string text)
    {
        if (_format is not (PurchaseCsvMapping.AutoTimestamps or PurchaseCsvMapping.Iso8601))
        {
            return false;
        }

        ReadOnlySpan<char> value = text.AsSpan().Trim();
        return value.Length >= 10
            && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2])
            && char.IsAsciiDigit(value[3]) && value[4] == '-' && char.IsAsciiDigit(value[5])
            && char.IsAsciiDigit(value[6]) && value[7] == '-' && char.IsAsciiDigit(value[8]) && char.IsAsciiDigit(value[9]);
    }

    /// <summary>Parses one field; returns false when it is not in the expected form or out of range.</summary>
    public bool TryParse(string text, out DateTimeOffset timestamp)
    {
        timestamp = default;
        string value = text.Trim();
        return _format switch
        {
            PurchaseCsvMapping.AutoTimestamps => IsInteger(value)
                ? TryParseUnix(value, 1, out timestamp)
                : TryParseIso(value, out timestamp),
            PurchaseCsvMapping.UnixSeconds => TryParseUnix(value, 1, out timestamp),
            PurchaseCsvMapping.UnixMilliseconds => TryParseUnix(value, 1000, out timestamp),
            PurchaseCsvMapping.Iso8601 => TryParseIso(value, out timestamp),
            _ => DateTimeOffset.TryParseExact(value, _format, _culture, UtcStyles, out timestamp),
        };
    }

    private static bool IsInteger(string value)
    {
        ReadOnlySpan<char> digits = value.StartsWith('-') ? value.AsSpan(1) : value;
        return !digits.IsEmpty && digits.ContainsAnyExceptInRange('0', '9') is false;
    }

    private static bool TryParseUnix(string value, long unitsPerSecond, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (!IsInteger(value) || !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long units))
        {
            return false;
        }

        long seconds = units / unitsPerSecond;
        if (seconds < DateTimeOffset.MinValue.ToUnixTimeSeconds() || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        timestamp = unitsPerSecond == 1
            ? DateTimeOffset.FromUnixTimeSeconds(units)
            : DateTimeOffset.FromUnixTimeMilliseconds(units);
        return true;
    }

    private static bool TryParseIso(string value, out DateTimeOffset timestamp) =>
        DateTimeOffset.TryParseExact(value, IsoFormats, CultureInfo.InvariantCulture, UtcStyles, out timestamp);
}
