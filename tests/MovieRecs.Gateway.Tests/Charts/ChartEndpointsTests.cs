using System.Buffers.Binary;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Exploration;
using MovieRecs.Charts;
using MovieRecs.Gateway.Tests.Infrastructure;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests.Charts;

[Collection(ChartsGatewayDefinition.Name)]
public sealed class ChartEndpointsTests(ChartsGatewayFixture fixture)
{
    public static TheoryData<string> DataCharts =>
        [.. ChartCatalog.All.Where(chart => chart.Input == ChartInput.DatasetProfile).Select(chart => chart.Id)];

    [Fact]
    public async Task ListCharts_EveryChart_HasSectionAndSvgUrl()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/charts");
        JsonElement[] charts = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement
            .EnumerateArray()
            .ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ChartCatalog.All.Select(chart => chart.Id), charts.Select(chart => chart.GetProperty("id").GetString()));
        string[] sections = ["data", "models", "similarity", "analytics"];
        Assert.All(charts, chart => Assert.Contains(chart.GetProperty("section").GetString(), sections));
        Assert.All(charts, chart => Assert.False(string.IsNullOrWhiteSpace(chart.GetProperty("title").GetString())));
        Assert.All(charts, chart => Assert.Equal(
            $"/api/charts/{chart.GetProperty("id").GetString()}.svg",
            chart.GetProperty("url").GetString()));
    }

    [Theory]
    [MemberData(nameof(DataCharts))]
    public async Task GetChart_DataChart_ReturnsSvgAndPng(string id)
    {
        HttpResponseMessage svg = await fixture.Client.GetAsync($"/api/charts/{id}.svg");
        HttpResponseMessage png = await fixture.Client.GetAsync($"/api/charts/{id}.png?width=400&height=300");

        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        AssertPngSize(await png.Content.ReadAsByteArrayAsync(), 400, 300);
    }

    [Theory]
    [InlineData("width=199", "width", "'199'")]
    [InlineData("width=4001", "width", "'4001'")]
    [InlineData("height=abc", "height", "'abc'")]
    [InlineData("height=3001", "height", "'3001'")]
    public async Task GetChart_SizeOutOfRange_Returns400(string query, string parameter, string value)
    {
        HttpResponseMessage response = await fixture.Client.GetAsync($"/api/charts/rating-histogram.png?{query}");

        JsonElement problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, value);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task GetChart_UnknownId_Returns404()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/charts/pie-chart.svg");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "'pie-chart'");
    }

    [Fact]
    public async Task GetChart_UnknownFormat_Returns400()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/charts/rating-histogram.jpg");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "'jpg'");
    }

    [Fact]
    public async Task GetChart_MovieSimilarity_ShowsMovieAndNeighbors()
    {
        JsonElement similar = JsonDocument.Parse(
            await fixture.Client.GetStringAsync("/api/movies/1/similar?n=10&metric=pearson")).RootElement;
        string firstNeighbor = similar.GetProperty("items")[0].GetProperty("title").GetString()!;

        HttpResponseMessage response =
            await fixture.Client.GetAsync("/api/charts/movie-similarity.svg?movieId=1&metric=pearson");
        string svg = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pearson similarity: Movie 1 (1961)", svg, StringComparison.Ordinal);
        Assert.Contains(firstNeighbor, svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", HttpStatusCode.BadRequest, "movieId is missing")]
    [InlineData("?movieId=0", HttpStatusCode.BadRequest, "'0'")]
    [InlineData("?movieId=1&metric=jaccard", HttpStatusCode.BadRequest, "'jaccard'")]
    [InlineData("?movieId=999", HttpStatusCode.NotFound, "999")]
    public async Task GetChart_MovieSimilarityInvalid_ReturnsProblem(string query, HttpStatusCode status, string detail)
    {
        HttpResponseMessage response = await fixture.Client.GetAsync($"/api/charts/movie-similarity.svg{query}");

        await ProblemAssert.IsProblemAsync(response, status, detail);
    }

    [Fact]
    public async Task GetChart_PopularSimilarity_ShowsMostRatedTitles()
    {
        DatasetProfile profile = DatasetProfiler.Compute(MovieLensLoader.Load(fixture.DataDirectoryPath));

        HttpResponseMessage response = await fixture.Client.GetAsync("/api/charts/popular-similarity.png");
        string svg = await fixture.Client.GetStringAsync("/api/charts/popular-similarity.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertPngSize(await response.Content.ReadAsByteArrayAsync(), ChartSize.DefaultWidth, ChartSize.DefaultHeight);
        Assert.Contains("most rated movies", svg, StringComparison.Ordinal);
        Assert.Contains(profile.MostRatedMovies[0].Title, svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStatsSummary_Synthetic_MatchesLibraryProfile()
    {
        MovieLensDataset dataset = MovieLensLoader.Load(fixture.DataDirectoryPath);
        DatasetProfile expected = DatasetProfiler.Compute(dataset);

        HttpResponseMessage response = await fixture.Client.GetAsync("/api/stats/summary");
        JsonElement summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SyntheticDataset.UserCount, summary.GetProperty("users").GetInt32());
        Assert.Equal(SyntheticDataset.MovieCount, summary.GetProperty("movies").GetInt32());
        Assert.Equal(dataset.Ratings.Count, summary.GetProperty("ratings").GetInt32());
        Assert.Equal(expected.SparsityPercent, summary.GetProperty("sparsityPercent").GetDouble(), 1e-9);
        Assert.Equal(expected.FirstRating!.Value.ToString("yyyy-MM-dd"), summary.GetProperty("firstRating").GetString());
        Assert.Equal(expected.LastRating!.Value.ToString("yyyy-MM-dd"), summary.GetProperty("lastRating").GetString());
    }

    [Fact]
    public async Task ModelCharts_BeforeAndAfterEvaluation_404ThenDrawn()
    {
        HttpResponseMessage latestBefore = await fixture.Client.GetAsync("/api/evaluations/latest");
        HttpResponseMessage chartBefore = await fixture.Client.GetAsync("/api/charts/model-error.svg");

        await ProblemAssert.IsProblemAsync(latestBefore, HttpStatusCode.NotFound, "No evaluation has finished");
        await ProblemAssert.IsProblemAsync(chartBefore, HttpStatusCode.NotFound, "No evaluation has finished");

        ICoordinatorGrain coordinator = fixture.Services
            .GetRequiredService<IGrainFactory>()
            .GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default);
        EvaluationReport report = await coordinator.RunEvaluationAsync(
            new EvaluationRequest(["popularity", "content"], HoldoutKind.Temporal, K: 5));
        HttpResponseMessage latest = await fixture.Client.GetAsync("/api/evaluations/latest");
        JsonElement json = JsonDocument.Parse(await latest.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, latest.StatusCode);
        Assert.Equal(report.FinishedAt, json.GetProperty("finishedAt").GetDateTimeOffset());
        Assert.Equal(["popularity", "content"], json.GetProperty("results").EnumerateArray().Select(result => result.GetProperty("model").GetString()));
        Assert.Equal(20, json.GetProperty("results")[0].GetProperty("curve").GetArrayLength());
        foreach (ChartDefinition definition in ChartCatalog.All.Where(chart => chart.Input == ChartInput.ModelScores))
        {
            HttpResponseMessage chart = await fixture.Client.GetAsync($"/api/charts/{definition.Id}.svg");
            string svg = await chart.Content.ReadAsStringAsync();

            Assert.True(chart.StatusCode == HttpStatusCode.OK, $"{definition.Id}: {chart.StatusCode} {svg}");
            Assert.Contains("content", svg, StringComparison.Ordinal);
        }
    }

    private static void AssertPngSize(byte[] png, int width, int height)
    {
        Assert.Equal("PNG", Encoding.ASCII.GetString(png, 1, 3));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
