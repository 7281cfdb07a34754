using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MovieRecs.Browser.Tests;

/// <summary>
/// The dashboard in headless Chromium against the gateway on ml-latest-small. Each test saves
/// screenshots of its page at the desktop and phone widths.
/// </summary>
[Collection(DashboardDefinition.Name)]
[Trait("Category", "Browser")]
public sealed class DashboardTests(DashboardFixture fixture)
{
    [BrowserFact]
    public async Task Recommend_UserId_ShowsTitledCards()
    {
        IPage page = await fixture.NewPageAsync(DashboardFixture.Desktop);
        await page.GotoAsync("/#/recommend");

        await page.FillAsync("#user-id", "1");
        await page.FillAsync("#count", "8");
        await page.ClickAsync("#recommend-button");
        ILocator cards = page.Locator("#recommendations .rec-card");

        await Expect(cards).ToHaveCountAsync(8);
        foreach (string title in await page.Locator("#recommendations .rec-title").AllInnerTextsAsync())
        {
            Assert.Matches(@"^\d+\. .+\(\d{4}\)$", title);
        }

        await Expect(page.Locator("#recommendations .reason").First).ToContainTextAsync("Because you rated");
        await Expect(page.Locator("#profile h3")).ToHaveTextAsync("User 1");
        await Expect(page.Locator("#profile .genre-bars li").First).ToBeVisibleAsync();
        await SaveBothWidthsAsync(page, "recommend", "/#/recommend?userId=1&model=wals&n=8", "#recommendations .rec-card");
    }

    [BrowserFact]
    public async Task Recommend_RateMovie_RemovesItFromList()
    {
        IPage page = await fixture.NewPageAsync(DashboardFixture.Desktop);
        await page.GotoAsync("/#/recommend?userId=17&model=wals&n=6");
        ILocator cards = page.Locator("#recommendations .rec-card");
        await Expect(cards).ToHaveCountAsync(6);
        string movieId = (await cards.First.GetAttributeAsync("data-movie-id"))!;

        await cards.First.Locator(".rate-select").SelectOptionAsync("4.5");
        await cards.First.Locator(".rate-button").ClickAsync();

        await Expect(page.Locator($"#recommendations .rec-card[data-movie-id='{movieId}']")).ToHaveCountAsync(0);
        await Expect(cards).ToHaveCountAsync(6);
        await Expect(page.Locator("#profile tr.posted")).ToHaveCountAsync(1);
        JsonElement ratings = await fixture.Client.GetFromJsonAsync<JsonElement>("/api/users/17/ratings");
        Assert.Contains(
            ratings.EnumerateArray(),
            rating => rating.GetProperty("movieId").GetInt32() == int.Parse(movieId, System.Globalization.CultureInfo.InvariantCulture)
                && rating.GetProperty("rating").GetDouble() == 4.5);
    }

    [BrowserFact]
    public async Task Recommend_InvalidUserId_ShowsProblem()
    {
        IPage page = await fixture.NewPageAsync(DashboardFixture.Desktop);
        await page.GotoAsync("/#/recommend");

        await page.FillAsync("#user-id", "abc");
        await page.ClickAsync("#recommend-button");
        ILocator error = page.Locator("#recommend-error .error");

        await Expect(error).ToContainTextAsync("Invalid request (400)");
        await Expect(error).ToContainTextAsync("The user id 'abc' is invalid");
        await Expect(page.Locator("#recommendations .rec-card")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Overview_EveryChart_LoadsImage()
    {
        JsonElement charts = await fixture.Client.GetFromJsonAsync<JsonElement>("/api/charts");
        int dataCharts = charts.EnumerateArray().Count(chart => chart.GetProperty("section").GetString() == "data");
        IPage page = await fixture.NewPageAsync(DashboardFixture.Desktop);

        await page.GotoAsync("/#/overview");
        ILocator images = page.Locator("#overview-charts img");

        Assert.True(dataCharts > 0, charts.ToString());
        await Expect(images).ToHaveCountAsync(dataCharts);
        await WaitForImagesAsync(page, "#overview-charts img");
        await Expect(page.Locator("#overview-stats .stat")).ToHaveCountAsync(5);
        await Expect(page.Locator("#page-overview .error")).ToHaveCountAsync(0);
        await SaveBothWidthsAsync(page, "overview", "/#/overview", "#overview-charts img");
    }

    [BrowserFact]
    public async Task Movie_SearchTitle_ShowsSimilarMoviesAndHeatmap()
    {
        IPage page = await fixture.NewPageAsync(DashboardFixture.Desktop);
        await page.GotoAsync("/#/movie");

        await page.FillAsync("#search-input", "toy story");
        await page.PressAsync("#search-input", "Enter");
        ILocator first = page.Locator("#search-results button").First;
        await Expect(first).ToHaveTextAsync("Toy Story (1995)");
        await first.ClickAsync();

        await Expect(page.Locator("#movie-details .movie-title")).ToHaveTextAsync("Toy Story (1995)");
        await Expect(page.Locator("#similar-list li")).ToHaveCountAsync(10);
        await Expect(page.Locator("#movie-charts img").First).ToBeVisibleAsync();
        await WaitForImagesAsync(page, "#movie-charts img");
        await SaveScreenshotsAsync(page, "movie");
    }

    [BrowserFact]
    public async Task ColdStart_GenreAndRating_ShowsRecommendations()
    {
        IPage page = await fixture.NewPageAsync(DashboardFixture.Desktop);
        await page.GotoAsync("/#/cold-start");

        ILocator popular = page.Locator("#cold-popular li");
        await Expect(popular).ToHaveCountAsync(12);
        await popular.First.Locator("select").SelectOptionAsync("5");
        string? ratedMovie = await popular.First.GetAttributeAsync("data-movie-id");
        await page.Locator("#cold-genres label", new PageLocatorOptions { HasText = "Comedy" }).ClickAsync();
        await Expect(page.Locator("#cold-popular")).ToHaveAttributeAsync("data-genres", "Comedy");

        // The rating given before the genre was picked outlives the reload of the list.
        ILocator keptRating = page.Locator($"#cold-popular li[data-movie-id='{ratedMovie}'] select");
        await Expect(keptRating).ToHaveValueAsync("5");
        await page.ClickAsync("#cold-submit");
        ILocator cards = page.Locator("#cold-results .rec-card");

        await Expect(cards).ToHaveCountAsync(12);
        await Expect(page.Locator("#cold-summary")).ToContainTextAsync("served by content");
        foreach (string reason in await page.Locator("#cold-results .reason").AllInnerTextsAsync())
        {
            Assert.False(string.IsNullOrWhiteSpace(reason));
        }

        await SaveScreenshotsAsync(page, "cold-start");
    }

    [BrowserFact]
    public async Task Models_RunEvaluation_ShowsProgressAndTable()
    {
        IPage page = await fixture.NewPageAsync(DashboardFixture.Desktop);
        await page.GotoAsync("/#/models");

        await page.ClickAsync("#page-models details summary");
        await page.FillAsync("#api-key", DashboardGatewayFactory.ApiKey);
        await page.FillAsync("#evaluation-models", "popularity, baseline, content");
        await page.ClickAsync("#evaluation-start");

        await Expect(page.Locator("#evaluation-status")).ToContainTextAsync("all 3 models evaluated", new() { Timeout = 120_000 });
        await Expect(page.Locator("#models-table tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#evaluation-time")).ToContainTextAsync("Last evaluation finished");
        await Expect(page.Locator("#models-charts img").First).ToBeVisibleAsync();
        await WaitForImagesAsync(page, "#models-charts img");
        await SaveScreenshotsAsync(page, "models");
    }

    /// <summary>
    /// Waits until every image the selector matches has loaded with a width, as a broken or empty
    /// image has naturalWidth 0.
    /// </summary>
    private static async Task WaitForImagesAsync(IPage page, string selector) =>
        await page.WaitForFunctionAsync(
            "selector => { const images = [...document.querySelectorAll(selector)]; " +
            "return images.length > 0 && images.every(image => image.complete && image.naturalWidth > 0); }",
            selector,
            new PageWaitForFunctionOptions { Timeout = 60_000, PollingInterval = 250 });

    private static async Task SaveScreenshotsAsync(IPage page, string name)
    {
        await DashboardFixture.SaveScreenshotAsync(page, name);
        await page.SetViewportSizeAsync(DashboardFixture.Phone.Width, DashboardFixture.Phone.Height);
        await AssertFitsWidthAsync(page, name);
        await DashboardFixture.SaveScreenshotAsync(page, name);
    }

    /// <summary>Checks that the page needs no sideways scrolling at its viewport width.</summary>
    private static async Task AssertFitsWidthAsync(IPage page, string name)
    {
        int[] widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, window.innerWidth]");

        Assert.True(widths[0] <= widths[1], $"The {name} page is {widths[0]} px wide in a {widths[1]} px viewport.");
    }

    /// <summary>Saves the page at the desktop width, then opens the address again at the phone width.</summary>
    private async Task SaveBothWidthsAsync(IPage page, string name, string address, string readySelector)
    {
        await DashboardFixture.SaveScreenshotAsync(page, name);
        IPage phone = await fixture.NewPageAsync(DashboardFixture.Phone);
        await phone.GotoAsync(address);
        await Expect(phone.Locator(readySelector).First).ToBeVisibleAsync();
        if (readySelector.EndsWith("img", StringComparison.Ordinal))
        {
            await WaitForImagesAsync(phone, readySelector);
        }

        await AssertFitsWidthAsync(phone, name);
        await DashboardFixture.SaveScreenshotAsync(phone, name);
    }
}
