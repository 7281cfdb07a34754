using System.Text;
using ScottPlot;

namespace MovieRecs.Charts;

/// <summary>
/// A drawn chart that renders to PNG or SVG bytes at any size in range. Not thread-safe: render
/// one chart from one thread at a time.
/// </summary>
public sealed class Chart : IDisposable
{
    private readonly Plot _plot;

    internal Chart(string id, Plot plot)
    {
        Id = id;
        _plot = plot;
    }

    /// <summary>The chart id, one of <see cref="ChartIds"/>.</summary>
    public string Id { get; }

    /// <summary>Renders the chart at a size in pixels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is outside the range of <see cref="ChartSize"/>.</exception>
    /// <exception cref="InvalidOperationException">No system font is installed, so text would be missing.</exception>
    public byte[] Render(ChartFormat format, int width, int height)
    {
        ChartSize.Validate(width, height);
        ChartFonts.EnsureAvailable();
        return format switch
        {
            ChartFormat.Png => _plot.GetImageBytes(width, height, ImageFormat.Png),
            ChartFormat.Svg => Encoding.UTF8.GetBytes(_plot.GetSvgXml(width, height)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "The format must be Png or Svg."),
        };
    }

    /// <summary>Returns the media type of a format: image/png or image/svg+xml.</summary>
    public static string ContentType(ChartFormat format) =>
        format == ChartFormat.Svg ? "image/svg+xml" : "image/png";

    /// <inheritdoc />
    public void Dispose() => _plot.Dispose();
}
