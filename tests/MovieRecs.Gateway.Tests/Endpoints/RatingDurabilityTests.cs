using System.Net;
using System.Text;
using System.Text.Json;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Endpoints;

/// <summary>Ratings acknowledged by one gateway process are there for the next one on the same store.</summary>
public sealed class RatingDurabilityTests
{
    [Fact]
    public async Task PostedRating_SurvivesGatewayRestart()
    {
        string directory = SyntheticDataset.CreateDirectory();
        string stateDirectory = Directory.CreateTempSubdirectory("movierecs-restart-").FullName;
        string sqlitePath = Path.Combine(stateDirectory, "movierecs.db");
        try
        {
            await using (var first = new GatewayFactory(directory, buildSimilarityOnStartup: false, sqlitePath))
            {
                using HttpClient client = first.CreateClient();
                using var body = new StringContent(
                    $"{{\"movieId\": {SyntheticDataset.UnratedMovieId}, \"rating\": 3.5}}",
                    Encoding.UTF8,
                    "application/json");
                HttpResponseMessage posted = await client.PostAsync("/api/users/5/ratings", body);
                Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
            }

            await using var second = new GatewayFactory(directory, buildSimilarityOnStartup: false, sqlitePath);
            using HttpClient restarted = second.CreateClient();
            string json = await restarted.GetStringAsync("/api/users/5/ratings");
            JsonElement[] ratings = JsonDocument.Parse(json).RootElement.EnumerateArray().ToArray();

            JsonElement kept = Assert.Single(
                ratings,
                rating => rating.GetProperty("movieId").GetInt32() == SyntheticDataset.UnratedMovieId);
            Assert.Equal(3.5, kept.GetProperty("rating").GetDouble());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(stateDirectory, recursive: true);
            SyntheticDataset.DeleteDirectory(directory);
        }
    }
}
