using System.Globalization;
using Spectre.Console;

namespace MovieRecs.Cli.Load;

/// <summary>Prints a load run's results as a table, with its failures and CPU shares below.</summary>
internal static class LoadReportWriter
{
    public static void Write(IAnsiConsole console, LoadSettings settings, IReadOnlyList<ScenarioResult> results)
    {
        string loop = settings.Rate is double rate
            ? $"open loop at {Format(rate, "0.#")} requests/s, at most {settings.Concurrency} in flight"
            : $"closed loop of {settings.Concurrency} workers";
        console.WriteLine(
            $"{settings.BaseAddress}: {loop}, {settings.Duration.TotalSeconds:0} s per scenario after " +
            $"{settings.Warmup.TotalSeconds:0} s of warm-up; model {settings.Model}, n={settings.Count}, " +
            $"users {settings.FirstUser}-{settings.LastUser}. Latencies in ms.");

        var table = new Table().AddColumns(
            "scenario", "requests", "req/s", "p50", "p95", "p99", "p99.9", "max", "errors", "load CPU", "server CPU");
        foreach (ScenarioResult result in results)
        {
            LatencySummary? latency = result.LatencyMs;
            table.AddRow(
                result.Scenario,
                result.Requests.ToString("N0", CultureInfo.InvariantCulture),
                Format(result.ThroughputPerSecond, "0"),
                Milliseconds(latency?.P50),
                Milliseconds(latency?.P95),
                Milliseconds(latency?.P99),
                Milliseconds(latency?.P999),
                Milliseconds(latency?.Max),
                result.ErrorCount.ToString("N0", CultureInfo.InvariantCulture),
                Percent(result.LoadGeneratorCpuShare),
                Markup.Escape(ServerShares(result.Servers)));
        }

        console.Write(table);
        foreach (ScenarioResult result in results.Where(result => result.ErrorCount > 0))
        {
            string errors = string.Join(", ", result.Errors.Select(pair => $"{pair.Key}: {pair.Value}"));
            console.WriteLine($"{result.Scenario}: {result.ErrorCount} failed requests ({errors}).");
        }

        console.WriteLine(
            $"CPU shares are processor time over wall time on {Environment.ProcessorCount} cores; " +
            "100% is every core busy.");
    }

    private static string ServerShares(IReadOnlyList<ServerCpu> servers) =>
        servers.Count == 0
            ? "-"
            : string.Join(
                " ",
                servers.Select(server => $"{server.ProcessId}:{(server.CpuShare is double share ? Percent(share) : "exited")}"));

    private static string Milliseconds(double? value) => value is double milliseconds ? Format(milliseconds, "0.00") : "-";

    private static string Percent(double share) => Format(share * 100, "0") + "%";

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
