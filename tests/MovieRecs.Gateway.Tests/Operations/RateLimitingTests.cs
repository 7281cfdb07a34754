using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MovieRecs.Gateway.RateLimiting;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Operations;

/// <summary>The per-client rate limit of the public routes, with limits set through configuration.</summary>
public sealed class RateLimitingTests
{
    [Fact]
    public async Task PublicRoute_OverLimit_Returns429Problem()
    {
        string data = SyntheticDataset.CreateDirectory();
        try
        {
            // An hour-long window, so the count cannot reset between the requests of the test.
            var settings = new Dictionary<string, string>
            {
                ["MovieRecs:RateLimiting:PermitLimit"] = "3",
                ["MovieRecs:RateLimiting:Window"] = "01:00:00",
            };
            await using var factory = new GatewayFactory(data, buildSimilarityOnStartup: false, settings: settings);
            using HttpClient client = factory.CreateClient();

            var allowed = new List<HttpStatusCode>();
            for (int request = 0; request < 3; request++)
            {
                allowed.Add((await client.GetAsync("/api/movies/1")).StatusCode);
            }

            HttpResponseMessage limited = await client.GetAsync("/api/movies/2");
            HttpResponseMessage otherRoute = await client.GetAsync("/api/users/1/ratings");
            HttpResponseMessage live = await client.GetAsync("/health/live");

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], allowed);
            await ProblemAssert.IsProblemAsync(
                limited,
                HttpStatusCode.TooManyRequests,
                "made more than 3 requests within 3600 s");
            TimeSpan? retryAfter = limited.Headers.RetryAfter?.Delta;
            Assert.NotNull(retryAfter);
            Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
            // The limit counts every public route of one client together; health is not limited.
            Assert.Equal(HttpStatusCode.TooManyRequests, otherRoute.StatusCode);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            SyntheticDataset.DeleteDirectory(data);
        }
    }

    [Theory]
    [InlineData("PermitLimit", "0", "MovieRecs:RateLimiting:PermitLimit is 0; it must be at least 1.")]
    [InlineData("Window", "00:00:00", "MovieRecs:RateLimiting:Window is 00:00:00; it must be between")]
    public void AddPublicRateLimiting_InvalidSetting_Throws(string setting, string value, string expected)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>($"MovieRecs:RateLimiting:{setting}", value)])
            .Build();

        var exception = Assert.Throws<OptionsValidationException>(
            () => new ServiceCollection().AddPublicRateLimiting(configuration));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }
}
