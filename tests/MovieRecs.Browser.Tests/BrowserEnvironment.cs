namespace MovieRecs.Browser.Tests;

/// <summary>
/// Where the browser tests find their data, the system Chromium and the screenshot folder.
/// </summary>
public static class BrowserEnvironment
{
    /// <summary>The variable that names the ml-latest-small folder.</summary>
    public const string DataVariable = "MOVIERECS_DATA";

    /// <summary>The variable that names the Chromium executable; /usr/bin/chromium by default.</summary>
    public const string ChromiumVariable = "MOVIERECS_CHROMIUM";

    /// <summary>Debian's chromium package installs its launcher here.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>The data folder, or null when MOVIERECS_DATA is unset.</summary>
    public static string? DataDirectory =>
        Environment.GetEnvironmentVariable(DataVariable) is { Length: > 0 } directory ? directory : null;

    /// <summary>The Chromium executable the tests launch.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DefaultChromium;

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? SkipReason
    {
        get
        {
            if (DataDirectory is null)
            {
                return $"Set {DataVariable} to an ml-latest-small folder to run the browser tests.";
            }

            if (!File.Exists(ChromiumPath))
            {
                return $"No Chromium at {ChromiumPath}: install Debian's chromium package (apt-get install -y " +
                    $"chromium) or set {ChromiumVariable} to the executable.";
            }

            return null;
        }
    }

    /// <summary>
    /// The folder screenshots go to: artifacts/screenshots under the repository root, the first
    /// folder above the test binaries that contains MovieRecs.sln.
    /// </summary>
    public static string ScreenshotDirectory
    {
        get
        {
            DirectoryInfo? directory = new(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MovieRecs.sln")))
            {
                directory = directory.Parent;
            }

            string root = directory?.FullName ?? Directory.GetCurrentDirectory();
            return Path.Combine(root, "artifacts", "screenshots");
        }
    }
}
