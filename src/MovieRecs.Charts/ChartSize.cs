namespace MovieRecs.Charts;

/// <summary>The pixel sizes a chart may be rendered at.</summary>
public static class ChartSize
{
    /// <summary>The width used when a request gives none, in pixels.</summary>
    public const int DefaultWidth = 800;

    /// <summary>The height used when a request gives none, in pixels.</summary>
    public const int DefaultHeight = 450;

    /// <summary>The smallest width, in pixels, at which titles and axis labels still fit.</summary>
    public const int MinWidth = 200;

    /// <summary>The largest width, in pixels; the bitmap of a 4000 x 3000 chart takes 48 MB (4 bytes per pixel).</summary>
    public const int MaxWidth = 4000;

    /// <summary>The smallest height, in pixels.</summary>
    public const int MinHeight = 150;

    /// <summary>The largest height, in pixels.</summary>
    public const int MaxHeight = 3000;

    /// <summary>Returns whether a width is within [<see cref="MinWidth"/>, <see cref="MaxWidth"/>].</summary>
    public static bool IsValidWidth(int width) => width is >= MinWidth and <= MaxWidth;

    /// <summary>Returns whether a height is within [<see cref="MinHeight"/>, <see cref="MaxHeight"/>].</summary>
    public static bool IsValidHeight(int height) => height is >= MinHeight and <= MaxHeight;

    /// <summary>Throws when a width or height is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The width or height is out of range; the message names both limits.</exception>
    public static void Validate(int width, int height)
    {
        if (!IsValidWidth(width))
        {
            throw new ArgumentOutOfRangeException(
                nameof(width),
                width,
                $"The chart width must be between {MinWidth} and {MaxWidth} pixels.");
        }

        if (!IsValidHeight(height))
        {
            throw new ArgumentOutOfRangeException(
                nameof(height),
                height,
                $"The chart height must be between {MinHeight} and {MaxHeight} pixels.");
        }
    }
}
