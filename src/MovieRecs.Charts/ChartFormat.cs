namespace MovieRecs.Charts;

/// <summary>The image formats a chart renders to.</summary>
public enum ChartFormat
{
    /// <summary>A raster image, image/png.</summary>
    Png,

    /// <summary>A vector image, image/svg+xml.</summary>
    Svg,
}
