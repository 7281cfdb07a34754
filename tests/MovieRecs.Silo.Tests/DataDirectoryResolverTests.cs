using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using MovieRecs.Algorithms.Data;

namespace MovieRecs.Silo.Tests;

public sealed class DataDirectoryResolverTests(DataDirectoryFixture data) : IClassFixture<DataDirectoryFixture>
{
    [Theory]
    [InlineData(new[] { "--data", "/tmp/movies" }, "/tmp/movies")]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5080", "--data=/srv/ml" }, "/srv/ml")]
    [InlineData(new[] { "--data" }, "")]
    public void FindDataOption_OptionGiven_ReturnsValue(string[] args, string expected)
    {
        Assert.Equal(expected, DataDirectoryResolver.FindDataOption(args));
    }

    [Fact]
    public void FindDataOption_NoOption_ReturnsNull()
    {
        Assert.Null(DataDirectoryResolver.FindDataOption(["--urls", "http://127.0.0.1:5080"]));
    }

    [Fact]
    public async Task ResolveAsync_ConfiguredDirectory_KeepsIt()
    {
        var values = new Dictionary<string, string?> { [DataDirectoryResolver.ConfigurationKey] = "/configured" };
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        string directory = await DataDirectoryResolver.ResolveAsync(
            ["--data", data.ValidDirectory],
            configuration,
            NullLogger.Instance);

        Assert.Equal("/configured", directory);
    }

    [Fact]
    public async Task ResolveAsync_DataOption_SetsConfiguration()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();

        string directory = await DataDirectoryResolver.ResolveAsync(
            ["--data", data.ValidDirectory],
            configuration,
            NullLogger.Instance);

        Assert.Equal(data.ValidDirectory, directory);
        Assert.Equal(data.ValidDirectory, configuration[DataDirectoryResolver.ConfigurationKey]);
    }

    [Fact]
    public async Task ResolveAsync_NoRatingsFile_Throws()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();

        var exception = await Assert.ThrowsAsync<DataUnavailableException>(
            () => DataDirectoryResolver.ResolveAsync(
                ["--data", data.MoviesOnlyDirectory],
                configuration,
                NullLogger.Instance));

        Assert.Contains("ratings.csv", exception.Message, StringComparison.Ordinal);
    }
}
