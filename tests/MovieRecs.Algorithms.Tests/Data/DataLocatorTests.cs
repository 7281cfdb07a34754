using MovieRecs.Algorithms.Data;

namespace MovieRecs.Algorithms.Tests.Data;

public sealed class DataLocatorTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Resolve_ExplicitDirectory_WinsOverOthers()
    {
        using var root = new TempDirectory();
        string explicitDirectory = WriteDataSet(root, "explicit");
        string environmentDirectory = WriteDataSet(root, "environment");
        WriteDataSet(root, Path.Combine("data", "ml-latest-small"));

        DataLocation location = DataLocator.Resolve(
            explicitDirectory,
            root.Path,
            Environment(environmentDirectory));

        Assert.Equal(explicitDirectory, location.Directory);
        Assert.Equal(DataSource.CommandLine, location.Source);
        Assert.True(location.Exists);
    }

    [Fact]
    public void Resolve_EnvironmentVariable_WinsOverDefault()
    {
        using var root = new TempDirectory();
        string environmentDirectory = WriteDataSet(root, "environment");
        WriteDataSet(root, Path.Combine("data", "ml-latest-small"));

        DataLocation location = DataLocator.Resolve(null, root.Path, Environment(environmentDirectory));

        Assert.Equal(environmentDirectory, location.Directory);
        Assert.Equal(DataSource.EnvironmentVariable, location.Source);
        Assert.True(location.Exists);
    }

    [Fact]
    public void Resolve_NothingSet_UsesDefaultUnderBase()
    {
        using var root = new TempDirectory();
        string defaultDirectory = WriteDataSet(root, Path.Combine("data", "ml-latest-small"));

        DataLocation location = DataLocator.Resolve(null, root.Path, NoEnvironment);

        Assert.Equal(defaultDirectory, location.Directory);
        Assert.Equal(DataSource.DefaultDirectory, location.Source);
        Assert.True(location.Exists);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Resolve_BlankEnvironmentVariable_CountsAsUnset(string value)
    {
        using var root = new TempDirectory();

        DataLocation location = DataLocator.Resolve(null, root.Path, Environment(value));

        Assert.Equal(DataSource.DefaultDirectory, location.Source);
    }

    [Fact]
    public void Resolve_DefaultMissing_ReportsNotExists()
    {
        using var root = new TempDirectory();

        DataLocation location = DataLocator.Resolve(null, root.Path, NoEnvironment);

        Assert.Equal(Path.Combine(root.Path, "data", "ml-latest-small"), location.Directory);
        Assert.Equal(DataSource.DefaultDirectory, location.Source);
        Assert.False(location.Exists);
    }

    [Fact]
    public void Resolve_ExplicitWithoutRatings_ThrowsWithoutFallback()
    {
        using var root = new TempDirectory();
        string explicitDirectory = Path.Combine(root.Path, "explicit");
        root.Write(Path.Combine("explicit", "movies.csv"), "movieId,title,genres\n");
        WriteDataSet(root, Path.Combine("data", "ml-latest-small"));

        var exception = Assert.Throws<DataUnavailableException>(
            () => DataLocator.Resolve(explicitDirectory, root.Path, NoEnvironment));

        Assert.Contains(explicitDirectory, exception.Message, StringComparison.Ordinal);
        Assert.Contains("does not contain ratings.csv", exception.Message, StringComparison.Ordinal);
        Assert.Contains("--data", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ExplicitDirectoryMissing_ThrowsNamingPath()
    {
        using var root = new TempDirectory();
        string missing = Path.Combine(root.Path, "nowhere");

        var exception = Assert.Throws<DataUnavailableException>(
            () => DataLocator.Resolve(missing, root.Path, NoEnvironment));

        Assert.Contains(missing, exception.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_EnvironmentWithoutMovies_ThrowsNamingVariable()
    {
        using var root = new TempDirectory();
        string environmentDirectory = Path.Combine(root.Path, "environment");
        root.Write(Path.Combine("environment", "ratings.csv"), "userId,movieId,rating,timestamp\n");
        WriteDataSet(root, Path.Combine("data", "ml-latest-small"));

        var exception = Assert.Throws<DataUnavailableException>(
            () => DataLocator.Resolve(null, root.Path, Environment(environmentDirectory)));

        Assert.Contains(environmentDirectory, exception.Message, StringComparison.Ordinal);
        Assert.Contains("does not contain movies.csv", exception.Message, StringComparison.Ordinal);
        Assert.Contains("MOVIERECS_DATA", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Resolve_EmptyExplicitPath_Throws(string value)
    {
        using var root = new TempDirectory();

        var exception = Assert.Throws<DataUnavailableException>(
            () => DataLocator.Resolve(value, root.Path, NoEnvironment));

        Assert.Contains("--data was given an empty path", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_RelativeExplicitPath_ResolvesAgainstBase()
    {
        using var root = new TempDirectory();
        string directory = WriteDataSet(root, Path.Combine("sets", "small"));

        DataLocation location = DataLocator.Resolve(Path.Combine("sets", "small"), root.Path, NoEnvironment);

        Assert.Equal(directory, location.Directory);
    }

    [Fact]
    public void Resolve_ProcessEnvironment_UsesExplicit()
    {
        using var root = new TempDirectory();
        string explicitDirectory = WriteDataSet(root, "explicit");

        DataLocation location = DataLocator.Resolve(explicitDirectory);

        Assert.Equal(DataSource.CommandLine, location.Source);
    }

    [Fact]
    public async Task ResolveOrDownloadAsync_NoData_Downloads()
    {
        using var root = new TempDirectory();
        var handler = FakeHttpMessageHandler.Serving(TestRelease.BuildZip());
        using var client = new HttpClient(handler);
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        string directory = await DataLocator.ResolveOrDownloadAsync(null, root.Path, downloader, NoEnvironment);

        Assert.Equal(Path.Combine(root.Path, "data", "ml-latest-small"), directory);
        Assert.True(File.Exists(Path.Combine(directory, "ratings.csv")));
        Assert.Equal(1, handler.RequestCount);
    }

    [Fact]
    public async Task ResolveOrDownloadAsync_DataPresent_SkipsDownload()
    {
        using var root = new TempDirectory();
        string defaultDirectory = WriteDataSet(root, Path.Combine("data", "ml-latest-small"));
        var handler = FakeHttpMessageHandler.Offline();
        using var client = new HttpClient(handler);
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        string directory = await DataLocator.ResolveOrDownloadAsync(null, root.Path, downloader, NoEnvironment);

        Assert.Equal(defaultDirectory, directory);
        Assert.Equal(0, handler.RequestCount);
    }

    [Fact]
    public async Task ResolveOrDownloadAsync_BadExplicit_Throws()
    {
        using var root = new TempDirectory();
        var handler = FakeHttpMessageHandler.Serving(TestRelease.BuildZip());
        using var client = new HttpClient(handler);
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);
        string missing = Path.Combine(root.Path, "missing");

        await Assert.ThrowsAsync<DataUnavailableException>(
            () => DataLocator.ResolveOrDownloadAsync(missing, root.Path, downloader, NoEnvironment));

        Assert.Equal(0, handler.RequestCount);
    }

    [Fact]
    public async Task ResolveOrDownloadAsync_Offline_ThrowsWithHint()
    {
        using var root = new TempDirectory();
        using var client = new HttpClient(FakeHttpMessageHandler.Offline());
        var downloader = new MovieLensDownloader(client, TestRelease.Hashes);

        var exception = await Assert.ThrowsAsync<DataUnavailableException>(
            () => DataLocator.ResolveOrDownloadAsync(null, root.Path, downloader, NoEnvironment));

        Assert.Contains(
            "--data DIR or the MOVIERECS_DATA environment variable",
            exception.Message,
            StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root.Path, "data", "ml-latest-small")));
    }

    private static Func<string, string?> Environment(string value) =>
        name => name == DataLocator.EnvironmentVariable ? value : null;

    private static string WriteDataSet(TempDirectory root, string relativeDirectory)
    {
        root.Write(Path.Combine(relativeDirectory, "movies.csv"), MovieLensFixture.MoviesHeader + "\n");
        root.Write(Path.Combine(relativeDirectory, "ratings.csv"), MovieLensFixture.RatingsHeader + "\n");
        return Path.Combine(root.Path, relativeDirectory);
    }
}
