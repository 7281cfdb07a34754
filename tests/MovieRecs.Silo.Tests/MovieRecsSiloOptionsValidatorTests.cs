using Microsoft.Extensions.Options;

namespace MovieRecs.Silo.Tests;

public sealed class MovieRecsSiloOptionsValidatorTests(DataDirectoryFixture data) : IClassFixture<DataDirectoryFixture>
{
    private readonly MovieRecsSiloOptionsValidator _validator = new();

    [Fact]
    public void Validate_DefaultsWithData_Succeeds()
    {
        var options = new MovieRecsSiloOptions { DataDirectory = data.ValidDirectory };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(65536)]
    public void Validate_BadSiloPort_NamesRule(int port)
    {
        var options = new MovieRecsSiloOptions { DataDirectory = data.ValidDirectory, SiloPort = port };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        string failure = Assert.Single(result.Failures!);
        Assert.Contains($"MovieRecs:SiloPort is {port}", failure, StringComparison.Ordinal);
        Assert.Contains("between 1 and 65535", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadGatewayPort_NamesIt()
    {
        var options = new MovieRecsSiloOptions { DataDirectory = data.ValidDirectory, GatewayPort = 70000 };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Contains("MovieRecs:GatewayPort is 70000", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mysql")]
    [InlineData("")]
    public void Validate_UnknownRatingStore_NamesChoices(string provider)
    {
        var options = new MovieRecsSiloOptions { DataDirectory = data.ValidDirectory, RatingStore = provider };

        ValidateOptionsResult result = _validator.Validate(null, options);

        string failure = Assert.Single(result.Failures!);
        Assert.Contains($"MovieRecs:RatingStore is '{provider}'", failure, StringComparison.Ordinal);
        Assert.Contains("'sqlite' (embedded) or 'postgresql'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostgresWithoutConnectionString_NamesSetting()
    {
        var options = new MovieRecsSiloOptions { DataDirectory = data.ValidDirectory, RatingStore = "PostgreSQL" };

        ValidateOptionsResult result = _validator.Validate(null, options);

        string failure = Assert.Single(result.Failures!);
        Assert.Contains("MovieRecs:PostgresConnectionString is not set", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptySqlitePath_NamesSetting()
    {
        var options = new MovieRecsSiloOptions { DataDirectory = data.ValidDirectory, SqlitePath = " " };

        ValidateOptionsResult result = _validator.Validate(null, options);

        string failure = Assert.Single(result.Failures!);
        Assert.Contains("MovieRecs:SqlitePath is empty", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SamePorts_ReportsThatPortsMustDiffer()
    {
        var options = new MovieRecsSiloOptions
        {
            DataDirectory = data.ValidDirectory,
            SiloPort = 20000,
            GatewayPort = 20000,
        };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Contains("must differ", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1025)]
    public void Validate_ShardCountOutOfRange_NamesShardCount(int shardCount)
    {
        var options = new MovieRecsSiloOptions { DataDirectory = data.ValidDirectory, ShardCount = shardCount };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Contains($"MovieRecs:ShardCount is {shardCount}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.05, "MovieRecs:ShardPollInterval is 00:00:00.0500000")]
    [InlineData(601, "MovieRecs:ShardPollInterval is 00:10:01")]
    public void Validate_ShardPollIntervalOutOfRange_NamesSetting(double seconds, string expected)
    {
        var options = new MovieRecsSiloOptions
        {
            DataDirectory = data.ValidDirectory,
            ShardPollInterval = TimeSpan.FromSeconds(seconds),
        };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Validate_MaxShardAttemptsOutOfRange_NamesSetting(int attempts)
    {
        var options = new MovieRecsSiloOptions { DataDirectory = data.ValidDirectory, MaxShardAttempts = attempts };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Contains($"MovieRecs:MaxShardAttempts is {attempts}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, "MovieRecs:NeighborRefreshInterval is -00:00:01")]
    [InlineData(3601, "MovieRecs:NeighborRefreshInterval is 01:00:01")]
    public void Validate_NeighborRefreshIntervalOutOfRange_NamesSetting(double seconds, string expected)
    {
        var options = new MovieRecsSiloOptions
        {
            DataDirectory = data.ValidDirectory,
            NeighborRefreshInterval = TimeSpan.FromSeconds(seconds),
        };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, "MovieRecs:DataReloadPollInterval is -00:00:01; it must be between 00:00:00 (off) and 00:10:00.")]
    [InlineData(601, "MovieRecs:DataReloadPollInterval is 00:10:01")]
    public void Validate_DataReloadPollIntervalOutOfRange_NamesSetting(double seconds, string expected)
    {
        var options = new MovieRecsSiloOptions
        {
            DataDirectory = data.ValidDirectory,
            DataReloadPollInterval = TimeSpan.FromSeconds(seconds),
        };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NegativeDrillShardDelay_NamesSetting()
    {
        var options = new MovieRecsSiloOptions
        {
            DataDirectory = data.ValidDirectory,
            DrillShardDelay = TimeSpan.FromSeconds(-1),
        };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Contains("MovieRecs:DrillShardDelay is -00:00:01", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoDataDirectory_ExplainsFix(string directory)
    {
        var options = new MovieRecsSiloOptions { DataDirectory = directory };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("MovieRecs:DataDirectory is not set", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("--data DIR", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingDataDirectory_NamesPath()
    {
        var options = new MovieRecsSiloOptions { DataDirectory = data.MissingDirectory };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Contains($"'{data.MissingDirectory}' does not exist", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoRatingsFile_NamesFile()
    {
        var options = new MovieRecsSiloOptions { DataDirectory = data.MoviesOnlyDirectory };

        ValidateOptionsResult result = _validator.Validate(null, options);

        string failure = Assert.Single(result.Failures!);
        Assert.Contains("does not contain ratings.csv", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_KubernetesWithoutRedis_NamesClustering()
    {
        var options = new MovieRecsSiloOptions { DataDirectory = data.ValidDirectory, KubernetesHosting = true };

        ValidateOptionsResult result = _validator.Validate(null, options);

        string failure = Assert.Single(result.Failures!);
        Assert.Contains("MovieRecs:KubernetesHosting is true", failure, StringComparison.Ordinal);
        Assert.Contains("MovieRecs:Clustering is 'localhost'", failure, StringComparison.Ordinal);
        Assert.Contains("set MovieRecs:Clustering to 'redis'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_KubernetesWithRedis_IgnoresAdvertisedAddress()
    {
        var options = new MovieRecsSiloOptions
        {
            DataDirectory = data.ValidDirectory,
            Clustering = "redis",
            RedisConnectionString = "redis:6379",
            KubernetesHosting = true,
            AdvertisedAddress = "not-an-address",
        };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_RedisBadAdvertisedAddress_NamesIt()
    {
        var options = new MovieRecsSiloOptions
        {
            DataDirectory = data.ValidDirectory,
            Clustering = "redis",
            RedisConnectionString = "127.0.0.1:6379",
            AdvertisedAddress = "silo-1",
        };

        ValidateOptionsResult result = _validator.Validate(null, options);

        string failure = Assert.Single(result.Failures!);
        Assert.Contains("MovieRecs:AdvertisedAddress is 'silo-1'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralInvalidValues_ReportsEach()
    {
        var options = new MovieRecsSiloOptions { DataDirectory = string.Empty, SiloPort = 0, PushBatchSize = 0 };

        ValidateOptionsResult result = _validator.Validate(null, options);

        Assert.Equal(3, result.Failures!.Count());
    }
}
