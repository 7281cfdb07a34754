using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net;
using System.Text.Json;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Cli.Load;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>
/// `movierecs load`: a bounded load generator against a gateway on this machine, reporting
/// throughput and latency percentiles per scenario.
/// </summary>
internal static class LoadCommand
{
    public const int MaxDurationSeconds = 600;
    public const int MaxWarmupSeconds = 120;
    public const int MaxConcurrency = 1024;
    public const double MaxRate = 100_000;

    private const string HistogramDescription = "HdrHistogram 2.5.0, microsecond units, 3 significant digits";
    private const int MovieIdCount = 100;
    private const string RateLimitingSection = "MovieRecs:RateLimiting";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan GatewayStartTimeout = TimeSpan.FromMinutes(10);

    public static Command Create()
    {
        var url = new Option<string>("--url")
        {
            Description = "The gateway's base URL; only loopback hosts (127.0.0.0/8, [::1], localhost) are accepted.",
            DefaultValueFactory = _ => "http://127.0.0.1:5000",
            HelpName = "URL",
        };
        url.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is string value && LoopbackUrl.Validate(value) is string error)
            {
                result.AddError(error);
            }
        });
        var scenario = new Option<string>("--scenario")
        {
            Description = "cached: one user's cached list; uncached: a rating post then a timed GET for the same user, " +
                "so the list is scored anew; post: rating posts; all: the three in turn. Posted ratings are stored. " +
                "items: spread-items then hot-item. hot-item: one popular movie's similar movies, all on one item grain; spread-items: the same request " +
                "over the popular movies in turn, the baseline for hot-item.",
            DefaultValueFactory = _ => "all",
        };
        scenario.AcceptOnlyFromAmong("cached", "uncached", "post", "all", "hot-item", "spread-items", "items");
        var duration = new Option<int>("--duration")
        {
            Description = $"The measured seconds of each scenario, 1 to {MaxDurationSeconds}.",
            DefaultValueFactory = _ => 20,
            HelpName = "SECONDS",
        };
        CommonOptions.AddRangeValidator(duration, 1, MaxDurationSeconds, $"between 1 and {MaxDurationSeconds} seconds");
        var warmup = new Option<int>("--warmup")
        {
            Description = $"The unrecorded seconds before each scenario's measured interval, 0 to {MaxWarmupSeconds}.",
            DefaultValueFactory = _ => 5,
            HelpName = "SECONDS",
        };
        CommonOptions.AddRangeValidator(warmup, 0, MaxWarmupSeconds, $"between 0 and {MaxWarmupSeconds} seconds");
        var concurrency = new Option<int>("--concurrency", "-c")
        {
            Description = "The closed-loop workers, each sending its next request when the last one completes; " +
                "with --rate, the maximum requests in flight.",
            DefaultValueFactory = _ => 4,
        };
        CommonOptions.AddRangeValidator(concurrency, 1, MaxConcurrency, $"between 1 and {MaxConcurrency}");
        var rate = new Option<double?>("--rate")
        {
            Description = "Requests per second of an open loop that starts requests on a fixed schedule and times each " +
                "from its scheduled send time. Without it the run is a closed loop.",
        };
        rate.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is double value && !(value is > 0 and <= MaxRate))
            {
                string text = value.ToString(CultureInfo.InvariantCulture);
                result.AddError($"--rate must be above 0 and at most {MaxRate:0} requests per second; got {text}.");
            }
        });
        var users = new Option<string>("--users")
        {
            Description = "The user ids to send for, FIRST-LAST; cached requests use FIRST only.",
            DefaultValueFactory = _ => "1-610",
            HelpName = "FIRST-LAST",
        };
        users.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is string value && !TryParseUsers(value, out _, out _))
            {
                result.AddError($"--users must be FIRST-LAST with 1 <= FIRST <= LAST, such as 1-610; got '{value}'.");
            }
        });
        var model = new Option<string>("--model", "-m")
        {
            Description = "The model the recommendation requests name; the gateway rejects one it does not serve.",
            DefaultValueFactory = _ => RecommenderCatalog.DefaultModel,
            HelpName = "NAME",
        };
        var count = new Option<int>("-n")
        {
            Description = "The list size of the recommendation requests, 1 to 100.",
            DefaultValueFactory = _ => 10,
        };
        CommonOptions.AddRangeValidator(count, 1, 100, "between 1 and 100");
        var allowErrors = new Option<bool>("--allow-errors")
        {
            Description = "Exit 0 even when requests failed; the failures are reported all the same.",
        };
        var serverPids = new Option<int[]>("--server-pid")
        {
            Description = "A process serving the load (the gateway, a silo) whose CPU share to report; repeat for several.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "PID",
        };
        var startGateway = new Option<string?>("--start-gateway")
        {
            Description = "Start this built MovieRecs.Gateway.dll with `dotnet` on --url, wait until /health returns 200, " +
                "report its CPU share and kill it at the end. Its per-client rate limit is off unless a " +
                "--gateway-setting sets a MovieRecs:RateLimiting key.",
            HelpName = "DLL",
        };
        var gatewaySettings = new Option<string[]>("--gateway-setting")
        {
            Description = "A KEY=VALUE setting for the started gateway, such as MovieRecs:DataDirectory=DIR; repeatable.",
            HelpName = "KEY=VALUE",
        };
        gatewaySettings.Validators.Add(result =>
        {
            foreach (string value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!TryParseSetting(value, out _))
                {
                    result.AddError($"--gateway-setting must be KEY=VALUE with a non-empty KEY; got '{value}'.");
                }
            }
        });
        Option<FileInfo?> json = CommonOptions.CreateJsonOption("Also write the results to FILE as JSON.");

        var command = new Command("load", "Send a bounded load to a gateway on this machine and report throughput and latency.")
        {
            url, scenario, duration, warmup, concurrency, rate, users, model, count, allowErrors,
            serverPids, startGateway, gatewaySettings, json,
        };
        command.Validators.Add(result => ValidateUncachedUsers(result, scenario, users, concurrency));

        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            CommonOptions.EnsureWritableFile(parseResult.GetValue(json), "--json");
            _ = TryParseUsers(parseResult.GetValue(users)!, out int firstUser, out int lastUser);
            var settings = new LoadSettings(
                new Uri(parseResult.GetValue(url)!.TrimEnd('/') + "/"),
                TimeSpan.FromSeconds(parseResult.GetValue(duration)),
                TimeSpan.FromSeconds(parseResult.GetValue(warmup)),
                parseResult.GetValue(concurrency),
                parseResult.GetValue(rate),
                firstUser,
                lastUser,
                parseResult.GetValue(model)!,
                parseResult.GetValue(count));
            LoadScenario[] scenarios = ScenariosOf(parseResult.GetValue(scenario)!);
            var gatewayStart = parseResult.GetValue(startGateway) is string assembly
                ? (Assembly: assembly, Settings: WithRateLimitOff((parseResult.GetValue(gatewaySettings) ?? []).Select(ParseSetting)))
                : ((string Assembly, KeyValuePair<string, string>[] Settings)?)null;
            return await RunLoadAsync(
                parseResult,
                settings,
                scenarios,
                gatewayStart,
                parseResult.GetValue(serverPids) ?? [],
                parseResult.GetValue(allowErrors),
                parseResult.GetValue(json),
                cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    /// <summary>
    /// Adds MovieRecs:RateLimiting:Enabled=false in front of the started gateway's settings, unless
    /// they set a rate limit key themselves: all load comes from one loopback address, which the
    /// per-client limit would otherwise cap at its permit limit.
    /// </summary>
    internal static KeyValuePair<string, string>[] WithRateLimitOff(IEnumerable<KeyValuePair<string, string>> settings)
    {
        KeyValuePair<string, string>[] given = settings.ToArray();
        bool setsRateLimit = given.Any(setting =>
            setting.Key.StartsWith(RateLimitingSection, StringComparison.OrdinalIgnoreCase));
        return setsRateLimit
            ? given
            : [new KeyValuePair<string, string>(RateLimitingSection + ":Enabled", "false"), .. given];
    }

    private static long CountRateLimited(ScenarioResult result) =>
        result.Errors
            .Where(pair => pair.Key.EndsWith(" 429", StringComparison.Ordinal))
            .Sum(pair => pair.Value);

    /// <summary>Parses "FIRST-LAST" with 1 &lt;= FIRST &lt;= LAST.</summary>
    internal static bool TryParseUsers(string value, out int first, out int last)
    {
        first = 0;
        last = 0;
        string[] parts = value.Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out first)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out last)
            && first >= 1
            && first <= last;
    }

    private static async Task<int> RunLoadAsync(
        ParseResult parseResult,
        LoadSettings settings,
        IReadOnlyList<LoadScenario> scenarios,
        (string Assembly, KeyValuePair<string, string>[] Settings)? gatewayStart,
        IReadOnlyList<int> serverPids,
        bool allowErrors,
        FileInfo? jsonFile,
        CancellationToken cancellationToken)
    {
        TextWriter error = parseResult.InvocationConfiguration.Error;
        IAnsiConsole console = CommonOptions.CreateConsole(parseResult);
        using HttpClient client = CreateClient(settings);
        var servers = new List<ProcessCpuMeter>();
        GatewayProcess? gateway = null;
        try
        {
            foreach (int pid in serverPids)
            {
                servers.Add(OpenServer(pid));
            }

            if (gatewayStart is var (assembly, gatewaySettings))
            {
                gateway = GatewayProcess.Start(assembly, settings.BaseAddress, gatewaySettings);
                await gateway.WaitUntilHealthyAsync(client, GatewayStartTimeout, cancellationToken).ConfigureAwait(false);
                servers.Add(ProcessCpuMeter.ForStartedProcess(gateway.Process));
                console.WriteLine($"Started the gateway (pid {gateway.Process.Id}) on {settings.BaseAddress}.");
            }

            IReadOnlyList<int> movieIds = await FetchMovieIdsAsync(client, settings, cancellationToken).ConfigureAwait(false);
            var requests = new ScenarioRequests(client, settings, movieIds);
            var runner = new LoadRunner(requests, settings);
            var results = new List<ScenarioResult>();
            foreach (LoadScenario scenario in scenarios)
            {
                results.Add(await runner.RunAsync(scenario, servers, cancellationToken).ConfigureAwait(false));
            }

            LoadReportWriter.Write(console, settings, results);
            if (jsonFile is not null)
            {
                var report = new LoadReport(
                    settings.BaseAddress.ToString(),
                    settings.Model,
                    settings.Count,
                    settings.FirstUser,
                    settings.LastUser,
                    settings.Warmup.TotalSeconds,
                    Environment.ProcessorCount,
                    HistogramDescription,
                    results);
                await CommonOptions.WriteJsonAsync(jsonFile, report, cancellationToken).ConfigureAwait(false);
            }

            long errors = results.Sum(result => result.ErrorCount);
            long rateLimited = results.Sum(CountRateLimited);
            if (rateLimited > 0)
            {
                await error.WriteLineAsync(
                    $"warning: the gateway's rate limit rejected {rateLimited} requests with 429, so the run measured " +
                    "the limiter. Start the gateway with --MovieRecs:RateLimiting:Enabled=false, or a PermitLimit " +
                    "above the load, to measure the serving path.")
                    .ConfigureAwait(false);
            }

            if (errors > 0 && !allowErrors)
            {
                await error.WriteLineAsync(
                    $"error: {errors} requests failed (listed above). Pass --allow-errors to exit 0 anyway.")
                    .ConfigureAwait(false);
                return ExitCodes.LoadFailed;
            }

            return ExitCodes.Success;
        }
        catch (GatewayUnavailableException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.LoadFailed;
        }
        finally
        {
            foreach (ProcessCpuMeter server in servers)
            {
                server.Dispose();
            }

            gateway?.Dispose();
        }
    }

    private static HttpClient CreateClient(LoadSettings settings)
    {
        // No proxy, so a proxy variable in the environment cannot send the requests off this machine.
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = settings.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        return new HttpClient(handler) { BaseAddress = settings.BaseAddress, Timeout = RequestTimeout };
    }

    private static ProcessCpuMeter OpenServer(int pid)
    {
        try
        {
            return ProcessCpuMeter.ForProcess(pid);
        }
        catch (ArgumentException)
        {
            throw new ArgumentException($"--server-pid {pid} names no running process. Give the pid of the gateway or a silo.");
        }
    }

    /// <summary>
    /// Asks the gateway for the most popular movies, whose ids the rating posts use, and checks
    /// that it serves the run's model, so a wrong model or URL fails before the run.
    /// </summary>
    private static async Task<IReadOnlyList<int>> FetchMovieIdsAsync(
        HttpClient client,
        LoadSettings settings,
        CancellationToken cancellationToken)
    {
        string user = settings.FirstUser.ToString(CultureInfo.InvariantCulture);
        using JsonDocument popular = await GetJsonAsync(
            client,
            $"api/users/{user}/recommendations?n={MovieIdCount}&model={RecommenderCatalog.FallbackModel}",
            cancellationToken).ConfigureAwait(false);
        int[] movieIds = popular.RootElement.GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("movieId").GetInt32())
            .ToArray();
        if (movieIds.Length == 0)
        {
            throw new GatewayUnavailableException(
                $"The gateway at {settings.BaseAddress} returned no popular movies for user {user}, so there is nothing to rate.");
        }

        string count = settings.Count.ToString(CultureInfo.InvariantCulture);
        using JsonDocument probe = await GetJsonAsync(
            client,
            $"api/users/{user}/recommendations?n={count}&model={Uri.EscapeDataString(settings.Model)}",
            cancellationToken).ConfigureAwait(false);
        return movieIds;
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new GatewayUnavailableException(
                $"The gateway at {client.BaseAddress} could not be reached ({exception.Message}). Start it " +
                "(dotnet run --project src/MovieRecs.Gateway) or pass --start-gateway.", exception);
        }

        using (response)
        {
            string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new GatewayUnavailableException(
                    $"GET {client.BaseAddress}{path} returned {(int)response.StatusCode} before the run started: {body}");
            }

            return JsonDocument.Parse(body);
        }
    }

    private static LoadScenario[] ScenariosOf(string name) => name switch
    {
        "cached" => [LoadScenario.Cached],
        "uncached" => [LoadScenario.Uncached],
        "post" => [LoadScenario.Post],
        "hot-item" => [LoadScenario.HotItem],
        "spread-items" => [LoadScenario.SpreadItems],
        "items" => [LoadScenario.SpreadItems, LoadScenario.HotItem],
        _ => [LoadScenario.Cached, LoadScenario.Uncached, LoadScenario.Post],
    };

    // Two uncached operations in flight for the same user could let one GET read the list the
    // other just cached, so the range must be larger than the requests in flight.
    private static void ValidateUncachedUsers(
        CommandResult result,
        Option<string> scenario,
        Option<string> users,
        Option<int> concurrency)
    {
        if (!CommonOptions.HaveValidValues(result, scenario, users, concurrency))
        {
            return;
        }

        string? name = result.GetValue(scenario);
        if (name is not ("uncached" or "all") || result.GetValue(users) is not string range
            || !TryParseUsers(range, out int first, out int last))
        {
            return;
        }

        int inFlight = result.GetValue(concurrency);
        long userCount = (long)last - first + 1;
        if (userCount <= inFlight)
        {
            result.AddError(
                $"--scenario {name} needs more users than --concurrency, so no two requests in flight share a user; " +
                $"got --users {range} ({userCount} users) and --concurrency {inFlight}. Widen --users.");
        }
    }

    private static bool TryParseSetting(string value, out KeyValuePair<string, string> setting)
    {
        int equals = value.IndexOf('=', StringComparison.Ordinal);
        setting = equals > 0 ? KeyValuePair.Create(value[..equals], value[(equals + 1)..]) : default;
        return equals > 0;
    }

    private static KeyValuePair<string, string> ParseSetting(string value)
    {
        _ = TryParseSetting(value, out KeyValuePair<string, string> setting);
        return setting;
    }
}
