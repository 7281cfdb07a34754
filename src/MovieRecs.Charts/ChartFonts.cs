namespace MovieRecs.Charts;

/// <summary>
/// The font check of the chart stack. ScottPlot 5 draws text with a system font found through
/// fontconfig; without one it draws charts with no text at all and raises no error.
/// </summary>
public static class ChartFonts
{
    private static readonly Lazy<string?> DefaultFont = new(FindDefaultFont);

    /// <summary>The font family ScottPlot draws text with; <see langword="null"/> when none is installed.</summary>
    public static string? Default => DefaultFont.Value;

    /// <summary>Throws when no system font is installed.</summary>
    /// <exception cref="InvalidOperationException">No font was found; the message names the package to install.</exception>
    public static void EnsureAvailable()
    {
        if (Default is null)
        {
            throw new InvalidOperationException(
                "No system font was found, so chart text would be missing. Install a font package " +
                "(fonts-dejavu-core on Debian) and restart.");
        }
    }

    /// <summary>
    /// Returns ScottPlot's default family when the system font manager lists it, which it does
    /// only when fontconfig finds that font installed.
    /// </summary>
    private static string? FindDefaultFont()
    {
        string family = ScottPlot.Fonts.Default;
        string[] installed = SkiaSharp.SKFontManager.Default.GetFontFamilies();
        return installed.Contains(family, StringComparer.OrdinalIgnoreCase) ? family : null;
    }
}
