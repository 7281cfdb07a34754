using System.Net;
using System.Text;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Operations;

/// <summary>The project's own instruments as the Prometheus scrape at /metrics shows them.</summary>
[Collection(TelemetryGatewayDefinition.Name)]
public sealed class MetricsTests(TelemetryGatewayFixture fixture)
{
    private const string Ingested = "movierecs_ratings_ingested_total";
    private const string CacheHits = "movierecs_recommendation_cache_hits_total";
    private const string CacheMisses = "movierecs_recommendation_cache_misses_total";
    private const string DurationCount = "movierecs_recommendation_duration_seconds_count";

    // The exporter caches a scrape for a moment, so a new value can take a few scrapes to show.
    private static readonly TimeSpan ScrapeTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task RatingsIngested_Imported_CountsFileRows()
    {
        string scrape = await fixture.Client.GetStringAsync("/metrics");

        double imported = PrometheusScrape.Sum(scrape, Ingested, ("operation", "imported"));

        Assert.Equal(fixture.FileRatingCount, imported);
    }

    [Fact]
    public async Task RatingsIngested_PostsAndDelete_CountExactly()
    {
        const int userId = 7001;
        string before = await fixture.Client.GetStringAsync("/metrics");
        double postedBefore = PrometheusScrape.Sum(before, Ingested, ("operation", "posted"));
        double deletedBefore = PrometheusScrape.Sum(before, Ingested, ("operation", "deleted"));

        foreach (int movieId in (int[])[1, 2, 3])
        {
            HttpResponseMessage posted = await PostRatingAsync(userId, movieId, 4.5);
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }

        HttpResponseMessage replaced = await PostRatingAsync(userId, 1, 3.0);
        HttpResponseMessage deleted = await fixture.Client.DeleteAsync($"/api/users/{userId}/ratings/2");
        HttpResponseMessage missing = await fixture.Client.DeleteAsync($"/api/users/{userId}/ratings/2");
        string after = await WaitForScrapeAsync(
            scrape => PrometheusScrape.Sum(scrape, Ingested, ("operation", "deleted")) > deletedBefore);

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        // Three new ratings and one replacement are four commits; the second delete found nothing.
        Assert.Equal(postedBefore + 4, PrometheusScrape.Sum(after, Ingested, ("operation", "posted")));
        Assert.Equal(deletedBefore + 1, PrometheusScrape.Sum(after, Ingested, ("operation", "deleted")));
    }

    [Fact]
    public async Task Recommendations_RepeatedRequest_CountsOneMissOneHit()
    {
        const string url = "/api/users/11/recommendations?n=7&model=popularity";
        (string, string) model = ("model", "popularity");
        string before = await fixture.Client.GetStringAsync("/metrics");
        double hitsBefore = PrometheusScrape.Sum(before, CacheHits, model);
        double missesBefore = PrometheusScrape.Sum(before, CacheMisses, model);
        double cachedBefore = PrometheusScrape.Sum(before, DurationCount, model, ("cached", "true"));
        double scoredBefore = PrometheusScrape.Sum(before, DurationCount, model, ("cached", "false"));

        HttpResponseMessage first = await fixture.Client.GetAsync(url);
        HttpResponseMessage second = await fixture.Client.GetAsync(url);
        string after = await WaitForScrapeAsync(
            scrape => PrometheusScrape.Sum(scrape, CacheHits, model) > hitsBefore);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(missesBefore + 1, PrometheusScrape.Sum(after, CacheMisses, model));
        Assert.Equal(hitsBefore + 1, PrometheusScrape.Sum(after, CacheHits, model));
        Assert.Equal(scoredBefore + 1, PrometheusScrape.Sum(after, DurationCount, model, ("cached", "false")));
        Assert.Equal(cachedBefore + 1, PrometheusScrape.Sum(after, DurationCount, model, ("cached", "true")));
    }

    [Fact]
    public async Task SimilarityJobs_AfterBuilds_ReportEveryShardDone()
    {
        string scrape = await fixture.Client.GetStringAsync("/metrics");

        foreach (string metric in (string[])["cosine", "pearson"])
        {
            (string, string)[] labels = [("job", "similarity"), ("metric", metric)];
            // The factory sets MovieRecs:ShardCount to 4, and the 39 rated movies fill 4 shards.
            Assert.Equal(4, PrometheusScrape.Sum(scrape, "movierecs_job_shards_total", labels));
            Assert.Equal(4, PrometheusScrape.Sum(scrape, "movierecs_job_shards_completed", labels));
            Assert.Equal(
                1,
                PrometheusScrape.Sum(
                    scrape,
                    "movierecs_job_duration_seconds_count",
                    [.. labels, ("outcome", "completed")]));
        }
    }

    private Task<HttpResponseMessage> PostRatingAsync(int userId, int movieId, double rating)
    {
        string body = FormattableString.Invariant($"{{\"movieId\": {movieId}, \"rating\": {rating}}}");
        return fixture.Client.PostAsync(
            $"/api/users/{userId}/ratings",
            new StringContent(body, Encoding.UTF8, "application/json"));
    }

    private Task<string> WaitForScrapeAsync(Func<string, bool> isCurrent) =>
        Polling.WaitForAsync(
            () => fixture.Client.GetStringAsync("/metrics"),
            isCurrent,
            ScrapeTimeout,
            "the scrape to show the new measurements");
}
