using System.Buffers.Binary;
using System.Text;
using System.Xml.Linq;

namespace MovieRecs.Charts.Tests;

/// <summary>Checks rendered chart bytes: a PNG by its header, an SVG by its root element.</summary>
internal static class ImageAssert
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Asserts a PNG file whose IHDR chunk gives the expected width and height.</summary>
    public static void IsPng(byte[] bytes, int width, int height)
    {
        // Signature (8 bytes), chunk length (4), "IHDR" (4), then width and height, big-endian.
        Assert.True(bytes.Length > 100, $"The PNG has only {bytes.Length} bytes.");
        Assert.Equal(PngSignature, bytes.AsSpan(0, 8).ToArray());
        Assert.Equal("IHDR", Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    /// <summary>
    /// Asserts an SVG document of the expected size that draws the expected text, so the font was
    /// found.
    /// </summary>
    public static void IsSvg(byte[] bytes, int width, int height, string expectedText)
    {
        string text = Encoding.UTF8.GetString(bytes);
        XElement root = XDocument.Parse(text).Root!;

        Assert.Equal("svg", root.Name.LocalName);
        Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), root.Attribute("width")?.Value);
        Assert.Equal(height.ToString(System.Globalization.CultureInfo.InvariantCulture), root.Attribute("height")?.Value);
        Assert.Contains(expectedText, text, StringComparison.Ordinal);
        Assert.Contains("<text", text, StringComparison.Ordinal);
    }
}
