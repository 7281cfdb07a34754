using MovieRecs.Storage.PostgreSql;
using Npgsql;

namespace MovieRecs.Storage.Tests;

public sealed class PostgreSqlPoolLimitTests
{
    [Fact]
    public void WithPoolLimit_NoPoolSize_AddsTheDefault()
    {
        string limited = PostgreSqlRatingStore.WithPoolLimit("Host=127.0.0.1;Port=5432;Username=postgres;Database=movierecs");

        var parsed = new NpgsqlConnectionStringBuilder(limited);
        Assert.Equal(PostgreSqlRatingStore.DefaultMaxPoolSize, parsed.MaxPoolSize);
        Assert.Equal("movierecs", parsed.Database);
        Assert.Equal(5432, parsed.Port);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Maximum Pool Size=5", 5)]
    [InlineData("Host=127.0.0.1;MAXPOOLSIZE=100", 100)]
    public void WithPoolLimit_PoolSizeGiven_KeepsIt(string connectionString, int expected)
    {
        string limited = PostgreSqlRatingStore.WithPoolLimit(connectionString);

        Assert.Equal(connectionString, limited);
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(limited).MaxPoolSize);
    }
}
