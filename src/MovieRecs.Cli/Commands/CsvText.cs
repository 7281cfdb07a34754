namespace MovieRecs.Cli.Commands;

/// <summary>RFC 4180 quoting of CSV text fields.</summary>
internal static class CsvText
{
    /// <summary>Returns the text as a CSV field, quoted when it contains a comma, a quote or a line break.</summary>
    public static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
