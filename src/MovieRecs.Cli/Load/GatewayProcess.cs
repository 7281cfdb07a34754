using System.Diagnostics;
using System.Net;

namespace MovieRecs.Cli.Load;

/// <summary>
/// A gateway that the load command starts from its built assembly with `dotnet`, waits for until
/// /health returns 200, and kills when disposed. Its output is kept, bounded, for an error message.
/// </summary>
internal sealed class GatewayProcess : IDisposable
{
    private const int MaxKeptLines = 40;
    private static readonly TimeSpan HealthPollInterval = TimeSpan.FromMilliseconds(500);

    private readonly Queue<string> _lines = new();

    private GatewayProcess(Process process)
    {
        Process = process;
        Process.OutputDataReceived += (_, line) => Keep(line.Data);
        Process.ErrorDataReceived += (_, line) => Keep(line.Data);
        Process.BeginOutputReadLine();
        Process.BeginErrorReadLine();
    }

    public Process Process { get; }

    /// <summary>
    /// Starts `dotnet ASSEMBLY --urls=URL --KEY=VALUE ...`. The gateway inherits this process's
    /// environment, so MovieRecs__* variables reach it too.
    /// </summary>
    /// <exception cref="GatewayUnavailableException">The assembly does not exist.</exception>
    public static GatewayProcess Start(string assemblyPath, Uri url, IReadOnlyList<KeyValuePair<string, string>> settings)
    {
        string assembly = Path.GetFullPath(assemblyPath);
        if (!File.Exists(assembly))
        {
            throw new GatewayUnavailableException(
                $"--start-gateway '{assemblyPath}' does not exist. Build the gateway " +
                "(dotnet build -c Release src/MovieRecs.Gateway) and give the path of its MovieRecs.Gateway.dll.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add($"--urls={url.GetLeftPart(UriPartial.Authority)}");
        foreach ((string key, string value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        Process process = Process.Start(start)
            ?? throw new InvalidOperationException($"dotnet {assembly} did not start.");
        return new GatewayProcess(process);
    }

    /// <summary>Polls /health until it returns 200.</summary>
    /// <exception cref="GatewayUnavailableException">
    /// The gateway exited, or was not healthy within <paramref name="timeout"/>.
    /// </exception>
    public async Task WaitUntilHealthyAsync(HttpClient client, TimeSpan timeout, CancellationToken cancellationToken)
    {
        long start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(start) < timeout)
        {
            if (Process.HasExited)
            {
                throw new GatewayUnavailableException(
                    $"The gateway exited with code {Process.ExitCode} before it was healthy. Its last output:" +
                    Environment.NewLine + Output());
            }

            try
            {
                using HttpResponseMessage response = await client.GetAsync("health", cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(HealthPollInterval, cancellationToken).ConfigureAwait(false);
        }

        throw new GatewayUnavailableException(
            $"The gateway (pid {Process.Id}) was not healthy within {timeout.TotalSeconds:0} s. Its last output:" +
            Environment.NewLine + Output());
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit(10_000);
        }

        Process.Dispose();
    }

    private string Output()
    {
        lock (_lines)
        {
            return string.Join(Environment.NewLine, _lines);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Enqueue(line);
            if (_lines.Count > MaxKeptLines)
            {
                _lines.Dequeue();
            }
        }
    }
}
