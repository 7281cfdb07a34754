namespace MovieRecs.Cli.Tests;

/// <summary>The files in the repository's samples folder, found from the test's output folder.</summary>
internal static class SampleFiles
{
    /// <summary>The source options of the sample purchase log and its mapping.</summary>
    public static string[] PurchaseSource => [
        "--purchases",
        Path("purchases.csv"),
        "--mapping",
        Path("purchases-mapping.json")
    ];

    public static string Path(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "MovieRecs.sln")))
        {
            directory = directory.Parent;
        }

        return System.IO.Path.Combine(directory!.FullName, "samples", name);
    }
}
