using System.Net;
using System.Text.Json;
using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Factors;
using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Segmentation;
using MovieRecs.Gateway.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Analytics;

/// <summary>
/// The analytics routes on ml-latest-small after one run, end to end through the analytics grain.
/// </summary>
[Collection(AnalyticsGatewayDefinition.Name)]
[Trait("Category", "Slow")]
public sealed class MovieLensAnalyticsTests(AnalyticsGatewayFixture fixture)
{
    private static readonly string[] Steps = ["purchases", "segments", "demand", "repeat", "factors", "actions"];

    [RequiresDataFact]
    public void Refresh_WhileRunning_JoinsRunningRun()
    {
        JsonElement first = fixture.FirstRefresh.GetProperty("lastRun");
        JsonElement second = fixture.SecondRefresh.GetProperty("lastRun");

        Assert.Equal(HttpStatusCode.Accepted, fixture.FirstRefreshStatus);
        Assert.Equal("/api/analytics/status", fixture.FirstRefreshLocation?.ToString());
        Assert.Equal("Running", first.GetProperty("state").GetString());
        Assert.Equal("Manual", first.GetProperty("trigger").GetString());
        Assert.True(fixture.SecondRefresh.GetProperty("isRunning").GetBoolean());
        Assert.Equal(first.GetProperty("runId").GetString(), second.GetProperty("runId").GetString());
        Assert.Equal(
            first.GetProperty("startedAt").GetDateTimeOffset(),
            second.GetProperty("startedAt").GetDateTimeOffset());
    }

    [RequiresDataFact]
    public void Status_AfterRun_EveryStepCompleted()
    {
        JsonElement run = fixture.Ended.GetProperty("lastRun");
        JsonElement[] steps = run.GetProperty("steps").EnumerateArray().ToArray();

        Assert.Equal("Completed", run.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, run.GetProperty("error").ValueKind);
        Assert.True(run.GetProperty("durationSeconds").GetDouble() > 0);
        Assert.Equal(Steps, steps.Select(step => step.GetProperty("name").GetString()));
        Assert.All(steps, step => Assert.Equal("Completed", step.GetProperty("state").GetString()));
        Assert.Equal(
            run.GetProperty("runId").GetString(),
            fixture.Ended.GetProperty("lastCompletedRun").GetProperty("runId").GetString());
        Assert.Equal(610, fixture.Ended.GetProperty("customers").GetInt32());
        Assert.Equal(100_836, fixture.Ended.GetProperty("purchases").GetInt32());
        Assert.Equal(JsonValueKind.Null, fixture.Ended.GetProperty("refreshIntervalSeconds").ValueKind);
    }

    [RequiresDataFact]
    public async Task Segments_MatchLibrarySegmentation()
    {
        MovieLensDataset dataset = MovieLensLoader.Load(RequiresDataFactAttribute.DataDirectory);
        SegmentationResult expected = FactorAnalyzer.SegmentAll(
            MovieLensPurchases.FromDataset(dataset),
            new SegmentationOptions { CustomerNoun = "fans" });

        JsonElement segments = await GetJsonAsync("/api/analytics/segments");
        JsonElement[] profiles = segments.GetProperty("segments").EnumerateArray().ToArray();

        Assert.Equal(expected.K, segments.GetProperty("k").GetInt32());
        Assert.Equal(expected.Silhouette, segments.GetProperty("silhouette").GetDouble(), 12);
        Assert.Equal(
            expected.Segments.Select(segment => segment.Name),
            profiles.Select(profile => profile.GetProperty("name").GetString()));
        Assert.Equal(
            expected.Segments.Select(segment => segment.Size),
            profiles.Select(profile => profile.GetProperty("size").GetInt32()));
        Assert.Equal(expected.SilhouetteByK.Count, segments.GetProperty("silhouetteByK").GetArrayLength());
        Assert.Equal(expected.Stability.Mean, segments.GetProperty("stability").GetProperty("mean").GetDouble(), 12);
        Assert.Equal(610, segments.GetProperty("points").GetArrayLength());
        Assert.Equal(2, segments.GetProperty("explainedVariance").GetArrayLength());
    }

    [RequiresDataFact]
    public async Task DemandForecast_BothLevels_HaveBacktestAndForecast()
    {
        JsonElement aggregate = await GetJsonAsync("/api/analytics/forecast/demand");
        JsonElement genres = await GetJsonAsync("/api/analytics/forecast/demand?level=genre");
        int horizon = aggregate.GetProperty("horizon").GetInt32();
        JsonElement all = Assert.Single(aggregate.GetProperty("series").EnumerateArray());
        JsonElement[] genreSeries = genres.GetProperty("series").EnumerateArray().ToArray();

        Assert.Equal("aggregate", aggregate.GetProperty("level").GetString());
        Assert.Equal("genre", genres.GetProperty("level").GetString());
        Assert.Equal("all", all.GetProperty("key").GetString());
        Assert.True(aggregate.GetProperty("mase").GetDouble() > 0);
        Assert.True(aggregate.GetProperty("naiveMase").GetDouble() > 0);
        Assert.Equal(
            aggregate.GetProperty("mase").GetDouble() < aggregate.GetProperty("naiveMase").GetDouble(),
            aggregate.GetProperty("beatsNaive").GetBoolean());
        Assert.Equal(5, all.GetProperty("models").GetArrayLength());
        Assert.Equal(horizon, all.GetProperty("forecast").GetArrayLength());
        Assert.Equal(156, all.GetProperty("history").GetArrayLength());
        Assert.InRange(genreSeries.Length, 2, 20);
        Assert.Contains(genreSeries, series => series.GetProperty("key").GetString() == "Drama");
        Assert.All(genreSeries, series => Assert.Equal(horizon, series.GetProperty("forecast").GetArrayLength()));
        Assert.All(
            all.GetProperty("forecast").EnumerateArray(),
            point => Assert.InRange(
                point.GetProperty("forecast").GetDouble(),
                point.GetProperty("lower").GetDouble(),
                point.GetProperty("upper").GetDouble()));
    }

    [RequiresDataFact]
    public async Task RepeatForecast_SecondPage_ContinuesRiskOrder()
    {
        JsonElement first = await GetJsonAsync("/api/analytics/forecast/repeat?page=1&pageSize=10");
        JsonElement second = await GetJsonAsync("/api/analytics/forecast/repeat?page=2&pageSize=10");
        double[] probabilities = first.GetProperty("customers").EnumerateArray()
            .Concat(second.GetProperty("customers").EnumerateArray())
            .Select(customer => customer.GetProperty("probability").GetDouble())
            .ToArray();
        JsonElement[] curve = first.GetProperty("rocCurve").EnumerateArray().ToArray();

        Assert.Equal(10, second.GetProperty("offset").GetInt32());
        Assert.Equal(20, probabilities.Length);
        Assert.Equal(probabilities.Order(), probabilities);
        Assert.True(first.GetProperty("customerCount").GetInt32() > 20);
        Assert.True(first.GetProperty("labelled").GetBoolean());
        Assert.InRange(first.GetProperty("rocAuc").GetDouble(), 0.5, 1);
        Assert.InRange(first.GetProperty("baselineRocAuc").GetDouble(), 0.5, 1);
        Assert.InRange(first.GetProperty("brier").GetDouble(), 0, 1);
        Assert.True(first.GetProperty("prAuc").GetDouble() > 0);
        Assert.NotEqual(0, first.GetProperty("calibration").GetArrayLength());
        Assert.Equal(0, curve[0].GetProperty("falsePositiveRate").GetDouble());
        Assert.Equal(1, curve[^1].GetProperty("truePositiveRate").GetDouble());
        Assert.NotEqual(0, first.GetProperty("baselineRocCurve").GetArrayLength());
    }

    [RequiresDataFact]
    public async Task RepeatForecast_DefaultList_LeavesOutLostCustomers()
    {
        JsonElement listed = await GetJsonAsync("/api/analytics/forecast/repeat?pageSize=500");
        JsonElement all = await GetJsonAsync("/api/analytics/forecast/repeat?pageSize=500&maxRecencyDays=0");
        double[] recencies = listed.GetProperty("customers").EnumerateArray()
            .Select(customer => customer.GetProperty("recencyDays").GetDouble())
            .ToArray();
        int lost = listed.GetProperty("lostCustomerCount").GetInt32();

        Assert.Equal(365, listed.GetProperty("maxRecencyDays").GetDouble());
        Assert.Equal(listed.GetProperty("customerCount").GetInt32(), recencies.Length);
        Assert.All(recencies, recency => Assert.True(recency <= 365, $"recency {recency}"));
        Assert.True(lost > 0, "ml-latest-small has customers silent for over a year at the cutoff");
        Assert.Equal(all.GetProperty("customerCount").GetInt32() - lost, recencies.Length);
        Assert.Equal(0, all.GetProperty("lostCustomerCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("maxRecencyDays").ValueKind);
        Assert.Equal(all.GetProperty("rocAuc").GetDouble(), listed.GetProperty("rocAuc").GetDouble());
    }

    [RequiresDataFact]
    public async Task Factors_HaveEffectsWithIntervals()
    {
        JsonElement factors = await GetJsonAsync("/api/analytics/factors");
        JsonElement[] repeat = factors.GetProperty("repeat").GetProperty("factors").EnumerateArray().ToArray();
        JsonElement[] rating = factors.GetProperty("rating").GetProperty("coefficients").EnumerateArray().ToArray();

        Assert.NotEmpty(repeat);
        Assert.Contains(repeat, factor => factor.GetProperty("feature").GetString() == "logRecencyDays");
        Assert.All(
            repeat.Where(factor => factor.GetProperty("coefficient").ValueKind == JsonValueKind.Number),
            factor => Assert.InRange(
                factor.GetProperty("coefficient").GetDouble(),
                factor.GetProperty("waldLow").GetDouble(),
                factor.GetProperty("waldHigh").GetDouble()));
        Assert.Contains(rating, coefficient => coefficient.GetProperty("name").GetString() == "intercept");
        Assert.NotEqual(0, factors.GetProperty("categoryLifts").GetArrayLength());
        Assert.Empty(factors.GetProperty("skipped").EnumerateArray());
    }

    [RequiresDataFact]
    public async Task StockPlan_CsvByAcceptOrFormat_MatchesJson()
    {
        JsonElement plan = await GetJsonAsync("/api/analytics/stock-plan");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/analytics/stock-plan");
        request.Headers.Add("Accept", "text/csv");
        HttpResponseMessage byAccept = await fixture.Client.SendAsync(request);
        HttpResponseMessage byFormat = await fixture.Client.GetAsync("/api/analytics/stock-plan?format=csv");
        string csv = await byAccept.Content.ReadAsStringAsync();
        string[] lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        JsonElement[] planLines = plan.GetProperty("lines").EnumerateArray().ToArray();

        Assert.Equal(HttpStatusCode.OK, byAccept.StatusCode);
        Assert.Equal("text/csv", byAccept.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", byAccept.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(csv, await byFormat.Content.ReadAsStringAsync());
        Assert.StartsWith("productId,name,forecastUnits,", lines[0], StringComparison.Ordinal);
        Assert.Equal(planLines.Length + 1, lines.Length);
        Assert.StartsWith(planLines[0].GetProperty("productId").GetString() + ",", lines[1], StringComparison.Ordinal);
        Assert.Equal(0.95, plan.GetProperty("serviceLevel").GetDouble());
        Assert.All(
            planLines,
            line => Assert.True(
                line.GetProperty("targetStock").GetDouble() >= line.GetProperty("forecastUnits").GetDouble()));
    }

    [RequiresDataFact]
    public async Task Promotions_Customer1_HasRankedPromotions()
    {
        JsonElement customer = await GetJsonAsync("/api/analytics/promotions/1");
        JsonElement[] promotions = customer.GetProperty("promotions").EnumerateArray().ToArray();
        int[] rated = MovieLensLoader.Load(RequiresDataFactAttribute.DataDirectory).Ratings
            .Where(rating => rating.UserId == 1)
            .Select(rating => rating.MovieId)
            .ToArray();

        Assert.Equal("1", customer.GetProperty("customerId").GetString());
        Assert.NotEmpty(promotions);
        Assert.Equal(
            Enumerable.Range(1, promotions.Length),
            promotions.Select(promotion => promotion.GetProperty("rank").GetInt32()));
        Assert.All(
            promotions,
            promotion => Assert.DoesNotContain(int.Parse(promotion.GetProperty("productId").GetString()!), rated));
        Assert.All(
            promotions,
            promotion => Assert.StartsWith("because you rated", promotion.GetProperty("reason").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(customer.GetProperty("segmentName").GetString()));
    }

    [RequiresDataFact]
    public async Task Promotions_UnknownCustomer_Returns404()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/analytics/promotions/9999");

        await ProblemAssert.IsProblemAsync(
            response,
            HttpStatusCode.NotFound,
            "Customer '9999' is not among the 610 customers");
    }

    [RequiresDataFact]
    public async Task Promotions_Csv_ListsEveryCustomerAndSegment()
    {
        JsonElement page = await GetJsonAsync("/api/analytics/promotions?pageSize=500&page=2");
        string csv = await fixture.Client.GetStringAsync("/api/analytics/promotions?format=csv");
        string[] rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();

        Assert.Equal(610, page.GetProperty("customerCount").GetInt32());
        Assert.Equal(110, page.GetProperty("customers").GetArrayLength());
        string[] customerIds = rows
            .Where(row => row.StartsWith("customer,", StringComparison.Ordinal))
            .Select(row => row.Split(',')[1])
            .Distinct()
            .ToArray();
        Assert.Equal(610, customerIds.Length);
        Assert.Equal(
            page.GetProperty("segments").EnumerateArray()
                .Sum(segment => segment.GetProperty("products").GetArrayLength()),
            rows.Count(row => row.StartsWith("segment,", StringComparison.Ordinal)));
    }

    [RequiresDataFact]
    public async Task Loyalty_AtRisk_SortedByExpectedLoss()
    {
        JsonElement loyalty = await GetJsonAsync("/api/analytics/loyalty");
        JsonElement[] atRisk = loyalty.GetProperty("atRisk").EnumerateArray().ToArray();
        double[] losses = atRisk.Select(customer => customer.GetProperty("expectedValueLost").GetDouble()).ToArray();

        Assert.NotEmpty(atRisk);
        Assert.Equal(losses.OrderDescending(), losses);
        Assert.All(atRisk, customer => Assert.True(
            customer.GetProperty("probability").GetDouble() < loyalty.GetProperty("probabilityThreshold").GetDouble()));
        Assert.All(
            atRisk,
            customer => Assert.False(string.IsNullOrWhiteSpace(customer.GetProperty("action").GetString())));
    }

    [RequiresDataFact]
    public async Task AnalyticsCharts_AfterRun_RenderSvgAndPng()
    {
        string[] urls =
        [
            "/api/charts/segment-scatter.svg",
            "/api/charts/demand-forecast.svg",
            "/api/charts/demand-forecast.png?series=Drama&width=600&height=400",
            "/api/charts/repeat-calibration.svg",
            "/api/charts/repeat-roc.png",
            "/api/charts/factor-effects.svg",
            "/api/charts/factor-effects.png?model=rating",
        ];

        foreach (string url in urls)
        {
            HttpResponseMessage response = await fixture.Client.GetAsync(url);
            byte[] body = await response.Content.ReadAsByteArrayAsync();

            Assert.True(HttpStatusCode.OK == response.StatusCode, $"{url}: {(int)response.StatusCode}");
            Assert.StartsWith("image/", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            Assert.True(body.Length > 1000, $"{url} returned {body.Length} bytes.");
        }
    }

    [RequiresDataFact]
    public async Task DemandChart_UnknownSeries_Returns400ListingGenres()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/charts/demand-forecast.svg?series=Opera");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "The series 'Opera' is not forecast");
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        HttpResponseMessage response = await fixture.Client.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
