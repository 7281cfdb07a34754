using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MovieRecs.Silo.Tests;

public sealed class AnalyticsSiloOptionsTests(DataDirectoryFixture data) : IClassFixture<DataDirectoryFixture>
{
    private readonly MovieRecsSiloOptionsValidator _validator = new();

    [Theory]
    [InlineData("off", 0)]
    [InlineData("OFF", 0)]
    [InlineData("0", 0)]
    [InlineData("00:00:00", 0)]
    [InlineData("00:00:05", 5)]
    [InlineData("06:00:00", 21_600)]
    [InlineData("1.00:00:00", 86_400)]
    public void Validate_RefreshInterval_Accepted(string value, int expectedSeconds)
    {
        MovieRecsSiloOptions options = WithRefreshInterval(value);

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), options.Analytics.ParseRefreshInterval());
    }

    [Theory]
    [InlineData("6h", "'6h', which is not a time")]
    [InlineData("", "'', which is not a time")]
    [InlineData("00:00:04", "is 00:00:04; it must be between 00:00:05 and 30.00:00:00")]
    [InlineData("31.00:00:00", "is 31.00:00:00; it must be between")]
    [InlineData("-01:00:00", "is -01:00:00; it must be between")]
    public void Validate_BadRefreshInterval_NamesSettingAndRule(string value, string expected)
    {
        MovieRecsSiloOptions options = WithRefreshInterval(value);

        ValidateOptionsResult result = _validator.Validate(null, options);

        string failure = Assert.Single(result.Failures!);
        Assert.Contains("MovieRecs:Analytics:RefreshInterval", failure, StringComparison.Ordinal);
        Assert.Contains(expected, failure, StringComparison.Ordinal);
        Assert.Contains("'off'", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(86_401)]
    public void Validate_BadFirstRunDelay_NamesRange(int seconds)
    {
        var options = new MovieRecsSiloOptions
        {
            DataDirectory = data.ValidDirectory,
            Analytics = new AnalyticsSiloOptions { FirstRunDelay = TimeSpan.FromSeconds(seconds) },
        };

        ValidateOptionsResult result = _validator.Validate(null, options);

        string failure = Assert.Single(result.Failures!);
        Assert.Contains("MovieRecs:Analytics:FirstRunDelay is", failure, StringComparison.Ordinal);
        Assert.Contains("between 00:00:00 and 1.00:00:00", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadOptions_AnalyticsSection_BindsBothSettings()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MovieRecs:DataDirectory"] = data.ValidDirectory,
                ["MovieRecs:Analytics:RefreshInterval"] = "off",
                ["MovieRecs:Analytics:FirstRunDelay"] = "00:00:30",
            })
            .Build();

        MovieRecsSiloOptions options = MovieRecsSiloBuilderExtensions.ReadOptions(configuration);

        Assert.Equal(TimeSpan.Zero, options.Analytics.ParseRefreshInterval());
        Assert.Equal(TimeSpan.FromSeconds(30), options.Analytics.FirstRunDelay);
    }

    [Fact]
    public void Defaults_RefreshEverySixHours()
    {
        var options = new AnalyticsSiloOptions();

        Assert.Equal(TimeSpan.FromHours(6), options.ParseRefreshInterval());
        Assert.Equal(TimeSpan.FromMinutes(2), options.FirstRunDelay);
    }

    private MovieRecsSiloOptions WithRefreshInterval(string value) => new()
    {
        DataDirectory = data.ValidDirectory,
        Analytics = new AnalyticsSiloOptions { RefreshInterval = value },
    };
}
