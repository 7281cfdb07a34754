using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MovieRecs.Browser.Tests;

/// <summary>
/// The Customers page in headless Chromium against the gateway on ml-latest-small, whose analytics
/// refresh is off, so the page shows no results until the test presses Refresh now.
/// </summary>
[Collection(DashboardDefinition.Name)]
[Trait("Category", "Browser")]
public sealed class CustomersPageTests(DashboardFixture fixture)
{
    // One run took 113 s on a shared 2-core machine under heavy load from other builds.
    private const float RunTimeoutMs = 480_000;

    [BrowserFact]
    public async Task Customers_RefreshNow_ShowsSegmentsRiskAndPromotions()
    {
        IPage page = await fixture.NewPageAsync(DashboardFixture.Desktop);
        await page.GotoAsync("/#/customers");

        await page.ClickAsync("#page-customers details summary");
        await page.FillAsync("#analytics-api-key", DashboardGatewayFactory.ApiKey);
        await page.ClickAsync("#analytics-refresh");
        await Expect(page.Locator("#analytics-refresh-status"))
            .ToContainTextAsync("completed", new() { Timeout = RunTimeoutMs });

        await Expect(page.Locator("#analytics-status")).ToContainTextAsync("610 customers");
        Assert.True(await page.Locator("#segments-table tbody tr").CountAsync() >= 2);
        await Expect(page.Locator("#segments-table tbody tr").First).ToContainTextAsync("fans");
        await Expect(page.Locator("#risk-table tbody tr")).ToHaveCountAsync(15);
        await Expect(page.Locator("#risk-page")).ToContainTextAsync("Page 1 of");
        Assert.True(await page.Locator("#loyalty-table tbody tr").CountAsync() > 0);
        await Expect(page.Locator("#stock-table tbody tr")).ToHaveCountAsync(25);
        await Expect(page.Locator("#demand-table tbody tr")).ToHaveCountAsync(5);
        await Expect(page.Locator("#factors-table tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("#promotion-results .rec-card").First).ToBeVisibleAsync();
        await Expect(page.Locator("#promotion-summary")).ToContainTextAsync("to promote to customer 1");
        await Expect(page.Locator("#page-customers .error")).ToHaveCountAsync(0);
        string[] chartImages =
            ["#segments-charts img", "#demand-charts img", "#repeat-charts img", "#factor-charts img"];
        foreach (string charts in chartImages)
        {
            await WaitForImagesAsync(page, charts);
        }

        await page.SelectOptionAsync("#demand-series", "Drama");
        await Expect(page.Locator("#demand-charts img"))
            .ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("series=Drama"));
        await WaitForImagesAsync(page, "#demand-charts img");
        await page.FillAsync("#promotion-customer", "414");
        await page.ClickAsync("#promotion-button");
        await Expect(page.Locator("#promotion-summary")).ToContainTextAsync("customer 414");
        Assert.True(await page.Locator("#promotion-results .rec-card").CountAsync() > 0);

        await DashboardFixture.SaveScreenshotAsync(page, "customers");
        IPage phone = await fixture.NewPageAsync(DashboardFixture.Phone);
        await phone.GotoAsync("/#/customers");
        await Expect(phone.Locator("#segments-table tbody tr").First).ToBeVisibleAsync();
        await WaitForImagesAsync(phone, "#segments-charts img");
        await WaitForImagesAsync(phone, "#factor-charts img");
        await AssertFitsWidthAsync(phone);
        await DashboardFixture.SaveScreenshotAsync(phone, "customers");
    }

    [BrowserFact]
    public async Task Customers_UnknownCustomer_ShowsProblem()
    {
        IPage page = await fixture.NewPageAsync(DashboardFixture.Desktop);
        await page.GotoAsync("/#/customers");

        await page.FillAsync("#promotion-customer", "no-such-customer");
        await page.ClickAsync("#promotion-button");
        ILocator error = page.Locator("#promotion-error .error");

        // Before the refresh test's run the promotions do not exist yet, after it the customer
        // does not; both are a 404 with the reason.
        await Expect(error).ToContainTextAsync("No promotions to show");
        await Expect(error).ToContainTextAsync("(404)");
        await Expect(page.Locator("#promotion-results .rec-card")).ToHaveCountAsync(0);
    }

    private static async Task WaitForImagesAsync(IPage page, string selector) =>
        await page.WaitForFunctionAsync(
            "selector => { const images = [...document.querySelectorAll(selector)]; " +
            "return images.length > 0 && images.every(image => image.complete && image.naturalWidth > 0); }",
            selector,
            new PageWaitForFunctionOptions { Timeout = 60_000, PollingInterval = 250 });

    private static async Task AssertFitsWidthAsync(IPage page)
    {
        int[] widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, window.innerWidth]");

        Assert.True(widths[0] <= widths[1], $"The customers page is {widths[0]} px wide in a {widths[1]} px viewport.");
    }
}
