using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.Playwright;

namespace MovieRecs.Browser.Tests;

/// <summary>
/// One gateway on Kestrel and one headless Chromium for all browser tests. Starts nothing when
/// the tests are skipped.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class DashboardFixture : IAsyncLifetime
{
    /// <summary>The desktop viewport of the screenshots.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    /// <summary>The phone viewport of the screenshots, an iPhone 12 to 15 in CSS pixels.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    // Loading ml-latest-small and both similarity builds took about a minute on 2 shared cores.
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(5);

    private DashboardGatewayFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The gateway's address, such as http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A client of the gateway for checks outside the browser.</summary>
    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        if (BrowserEnvironment.SkipReason is not null)
        {
            return;
        }

        _factory = new DashboardGatewayFactory(BrowserEnvironment.DataDirectory!);
        // Only the loopback address, on a port the system picks.
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        Client.Dispose();
        Client = _factory.CreateClient();
        BaseAddress = Client.BaseAddress!;
        await WaitUntilReadyAsync();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--disable-gpu", "--disable-dev-shm-usage"],
        });
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    /// <summary>Opens a page in a new browser context with the viewport given.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize viewport)
    {
        IBrowser browser = _browser ?? throw new InvalidOperationException("The browser was not started.");
        IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport,
            BaseURL = BaseAddress.ToString(),
        });
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot as artifacts/screenshots/NAME-WIDTHxHEIGHT.png.</summary>
    public static async Task SaveScreenshotAsync(IPage page, string name)
    {
        string directory = BrowserEnvironment.ScreenshotDirectory;
        Directory.CreateDirectory(directory);
        PageViewportSizeResult? viewport = page.ViewportSize;
        string file = $"{name}-{viewport?.Width}x{viewport?.Height}.png";
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(directory, file),
            FullPage = true,
        });
    }

    private async Task WaitUntilReadyAsync()
    {
        var clock = Stopwatch.StartNew();
        HttpStatusCode status = default;
        while (clock.Elapsed < ReadyTimeout)
        {
            using HttpResponseMessage response = await Client.GetAsync("/health");
            status = response.StatusCode;
            if (status == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        throw new TimeoutException(
            $"The gateway at {BaseAddress} was not ready after {ReadyTimeout.TotalSeconds:F0} s; /health " +
            $"returned {(int)status} last.");
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardDefinition : ICollectionFixture<DashboardFixture>
{
    public const string Name = "Dashboard";
}
