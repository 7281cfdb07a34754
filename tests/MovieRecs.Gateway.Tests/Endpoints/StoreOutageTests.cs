using System.Net;
using System.Text;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;
using Npgsql;

namespace MovieRecs.Gateway.Tests.Endpoints;

/// <summary>
/// The gateway on PostgreSQL whose database disappears: a rating post gets a 503 that says the
/// system of record did not commit it, instead of a 500 from a driver exception that cannot cross
/// the cluster.
/// </summary>
public sealed class StoreOutageTests
{
    [RequiresPostgresFact]
    public async Task PostRating_DatabaseGone_Returns503AndAcknowledgesNothing()
    {
        string server = RequiresPostgresFactAttribute.ConnectionString!;
        string data = SyntheticDataset.CreateDirectory();
        string database = "movierecs_outage_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        try
        {
            var settings = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["MovieRecs:RatingStore"] = "postgresql",
                ["MovieRecs:PostgresConnectionString"] =
                    new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString(),
            };
            await using var gateway = new GatewayFactory(data, buildSimilarityOnStartup: false, settings: settings);
            using HttpClient client = gateway.CreateClient();
            HttpResponseMessage accepted = await PostAsync(client, userId: 5, rating: 3.5);
            Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);

            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE {database} WITH (FORCE)");
            HttpResponseMessage refused = await PostAsync(client, userId: 5, rating: 4.5);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("2", refused.Headers.RetryAfter?.ToString());
            using JsonDocument problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal("System of record unavailable", problem.RootElement.GetProperty("title").GetString());
            string detail = problem.RootElement.GetProperty("detail").GetString()!;
            Assert.Contains(
                $"could not commit the rating 4.5 of movie {SyntheticDataset.UnratedMovieId} by user 5",
                detail,
                StringComparison.Ordinal);
            Assert.Contains("Nothing was changed", detail, StringComparison.Ordinal);

            // The grain kept the last acknowledged value, not the refused one.
            string ratings = await client.GetStringAsync("/api/users/5/ratings");
            JsonElement kept = JsonDocument.Parse(ratings).RootElement.EnumerateArray()
                .Single(rating => rating.GetProperty("movieId").GetInt32() == SyntheticDataset.UnratedMovieId);
            Assert.Equal(3.5, kept.GetProperty("rating").GetDouble());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            SyntheticDataset.DeleteDirectory(data);
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, int userId, double rating)
    {
        using var body = new StringContent(
            FormattableString.Invariant($"{{\"movieId\": {SyntheticDataset.UnratedMovieId}, \"rating\": {rating}}}"),
            Encoding.UTF8,
            "application/json");
        return await client.PostAsync($"/api/users/{userId}/ratings", body);
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
