using System.Globalization;

namespace MovieRecs.Gateway.Tests.Infrastructure;

/// <summary>
/// Reads sample values from a Prometheus text exposition: a series matches by name and by the
/// given labels, whatever other labels (such as <c>otel_scope_name</c>) it carries.
/// </summary>
public static class PrometheusScrape
{
    /// <summary>Returns the sum of every matching sample, or 0 when no series matches yet.</summary>
    public static double Sum(string exposition, string name, params (string Label, string Value)[] labels)
    {
        double sum = 0;
        foreach (string line in exposition.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // A sample line is "name{labels} value [timestamp]" or "name value [timestamp]".
            int labelStart = line.IndexOf('{', StringComparison.Ordinal);
            int seriesEnd = labelStart >= 0 ? line.LastIndexOf('}') + 1 : line.IndexOf(' ', StringComparison.Ordinal);
            string series = labelStart >= 0 ? line[..labelStart] : line[..seriesEnd];
            if (series != name)
            {
                continue;
            }

            string labelText = labelStart >= 0 ? line[labelStart..seriesEnd] : string.Empty;
            if (labels.All(label => labelText.Contains($"{label.Label}=\"{label.Value}\"", StringComparison.Ordinal)))
            {
                string value = line[seriesEnd..].Trim().Split(' ')[0];
                sum += double.Parse(value, CultureInfo.InvariantCulture);
            }
        }

        return sum;
    }
}
