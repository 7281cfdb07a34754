using System.Globalization;
using System.Text;

namespace MovieRecs.Algorithms.Data;

/// <summary>
/// Culture-independent parsers for the fields of the MovieLens CSV files. They read the UTF-8 bytes
/// of a field and return the first problem as a <see cref="RowIssue"/> that names the column and value.
/// </summary>
internal static class MovieLensFields
{
    /// <summary>The lowest rating of the MovieLens half-star scale.</summary>
    public const double MinRating = 0.5;

    /// <summary>The highest rating of the MovieLens half-star scale.</summary>
    public const double MaxRating = 5.0;

    /// <summary>The earliest release year read from a title. Earlier numbers are not years.</summary>
    public const int MinYear = 1870;

    private const int MaxValueLength = 80;
    private const int MaxIdDigits = 10;

    // The Unix time of 9999-12-31T23:59:59Z, the last second DateTimeOffset can show.
    private const long MaxUnixSeconds = 253_402_300_799;

    /// <summary>Parses a positive 32-bit id written as ASCII digits, with an optional minus sign.</summary>
    /// <returns><see langword="null"/> when the id is valid, otherwise the problem.</returns>
    public static RowIssue? TryParseId(ReadOnlySpan<byte> text, string column, out int id)
    {
        id = 0;
        bool negative = text.Length > 0 && text[0] == (byte)'-';
        ReadOnlySpan<byte> digits = negative ? text[1..] : text;
        if (digits.IsEmpty || !IsAsciiDigits(digits))
        {
            return Malformed(column, text, "is not an integer id");
        }

        ReadOnlySpan<byte> significant = digits.TrimStart((byte)'0');
        if (negative || significant.IsEmpty || significant.Length > MaxIdDigits)
        {
            return OutOfRange(column, text);
        }

        long value = long.Parse(significant, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value > int.MaxValue)
        {
            return OutOfRange(column, text);
        }

        id = (int)value;
        return null;
    }

    /// <summary>
    /// Parses a rating in invariant notation ("4.5") and checks it against the 0.5-5.0 half-star grid.
    /// A value off the grid is rejected and never rounded.
    /// </summary>
    /// <returns><see langword="null"/> when the rating is valid, otherwise the problem.</returns>
    public static RowIssue? TryParseRating(ReadOnlySpan<byte> text, string column, out double rating)
    {
        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!double.TryParse(text, style, CultureInfo.InvariantCulture, out rating) || !double.IsFinite(rating))
        {
            return Malformed(column, text, "is not a decimal number such as 4.5");
        }

        if (rating < MinRating || rating > MaxRating)
        {
            string value = Describe(text);
            return new RowIssue(
                LoadIssueKind.RatingOutOfRange,
                column,
                value,
                $"{column} '{value}' is outside the rating scale 0.5-5.0, so the row is skipped.");
        }

        double halfStars = rating * 2;
        if (halfStars != Math.Floor(halfStars))
        {
            string value = Describe(text);
            return new RowIssue(
                LoadIssueKind.RatingOffGrid,
                column,
                value,
                $"{column} '{value}' is not a multiple of 0.5, so the row is skipped instead of rounded.");
        }

        return null;
    }

    /// <summary>
    /// Parses a Unix time in seconds and rejects negative values and values after
    /// <paramref name="maxTimestamp"/>, which the loader sets to the load time plus one day.
    /// </summary>
    /// <returns><see langword="null"/> when the timestamp is valid, otherwise the problem.</returns>
    public static RowIssue? TryParseTimestamp(
        ReadOnlySpan<byte> text,
        string column,
        long maxTimestamp,
        out long timestamp)
    {
        timestamp = 0;
        bool parsed = IsAsciiInteger(text)
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out timestamp);
        if (!parsed)
        {
            return BadTimestamp(column, text, "is not an integer number of seconds since 1970-01-01 UTC");
        }

        if (timestamp < 0)
        {
            return BadTimestamp(column, text, "is negative");
        }

        if (timestamp > maxTimestamp)
        {
            string moment = timestamp <= MaxUnixSeconds
                ? DateTimeOffset.FromUnixTimeSeconds(timestamp).ToString("u", CultureInfo.InvariantCulture)
                : "after the year 9999";
            return BadTimestamp(column, text, $"is {moment}, more than one day after the load time");
        }

        return null;
    }

    /// <summary>
    /// Parses the release year from a trailing "(1995)" in a title, ignoring trailing white space.
    /// A range such as "(2006–2007)" or "(1975-1979)" gives its first year.
    /// </summary>
    /// <returns>
    /// The year, or <see langword="null"/> when the title does not end with a parenthesised four-digit
    /// year between <see cref="MinYear"/> and <paramref name="maxYear"/>.
    /// </returns>
    public static int? ParseYear(string title, int maxYear)
    {
        ReadOnlySpan<char> trimmed = title.AsSpan().TrimEnd();
        int open = trimmed.LastIndexOf('(');
        if (!trimmed.EndsWith(')') || open < 0)
        {
            return null;
        }

        ReadOnlySpan<char> inside = trimmed[(open + 1)..^1].Trim();
        if (inside.Length < 4 || !IsAsciiDigits(inside[..4]) || !IsYearRangeEnd(inside[4..]))
        {
            return null;
        }

        int year = int.Parse(inside[..4], NumberStyles.None, CultureInfo.InvariantCulture);
        return year >= MinYear && year <= maxYear ? year : null;
    }

    /// <summary>Decodes a field for a message, cut to 80 characters.</summary>
    public static string Describe(ReadOnlySpan<byte> text) => Shorten(Encoding.UTF8.GetString(text));

    /// <summary>Cuts a value to 80 characters for a message, marking the cut with "...".</summary>
    public static string Shorten(string value) =>
        value.Length <= MaxValueLength ? value : string.Concat(value.AsSpan(0, MaxValueLength), "...");

    /// <summary>Creates a malformed-row issue for one column.</summary>
    public static RowIssue Malformed(string column, ReadOnlySpan<byte> text, string problem)
    {
        string value = Describe(text);
        return new RowIssue(
            LoadIssueKind.MalformedRow,
            column,
            value,
            $"{column} '{value}' {problem}, so the row is skipped.");
    }

    private static RowIssue OutOfRange(string column, ReadOnlySpan<byte> text)
    {
        string value = Describe(text);
        return new RowIssue(
            LoadIssueKind.IdOutOfRange,
            column,
            value,
            $"{column} '{value}' is outside the id range 1-{int.MaxValue}, so the row is skipped.");
    }

    private static RowIssue BadTimestamp(string column, ReadOnlySpan<byte> text, string problem)
    {
        string value = Describe(text);
        return new RowIssue(
            LoadIssueKind.BadTimestamp,
            column,
            value,
            $"{column} '{value}' {problem}, so the row is skipped.");
    }

    // The second half of a year range: nothing, or a dash (hyphen, en or em dash) and an optional year.
    private static bool IsYearRangeEnd(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return true;
        }

        if (rest[0] is not ('-' or '\u2013' or '\u2014'))
        {
            return false;
        }

        ReadOnlySpan<char> endYear = rest[1..].Trim();
        return endYear.IsEmpty || (endYear.Length == 4 && IsAsciiDigits(endYear));
    }

    private static bool IsAsciiInteger(ReadOnlySpan<byte> text)
    {
        ReadOnlySpan<byte> digits = text.Length > 0 && text[0] == (byte)'-' ? text[1..] : text;
        return !digits.IsEmpty && IsAsciiDigits(digits);
    }

    private static bool IsAsciiDigits(ReadOnlySpan<byte> text)
    {
        foreach (byte b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
