using System.Diagnostics;
using System.Text;

namespace MovieRecs.Cluster.Tests.Infrastructure;

/// <summary>
/// A MovieRecs host started with `dotnet` from its build output, its output kept in memory so a
/// failing test can show it. Disposing kills it if it still runs.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private const int MaxKeptLines = 400;

    private readonly Process _process;
    private readonly Queue<string> _lines = new();

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts an assembly of this solution, such as "MovieRecs.Silo", with settings as arguments.</summary>
    public static ChildProcess Start(string name, string project, IReadOnlyDictionary<string, string> settings)
    {
        string assembly = BuildOutput.AssemblyPath(project);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach ((string key, string value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__MovieRecs"] = "Information";
        Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {assembly}.");
        return new ChildProcess(name, process);
    }

    /// <summary>Kills the process with SIGKILL, giving it no chance to flush or leave the cluster.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Output()
    {
        lock (_lines)
        {
            var text = new StringBuilder();
            text.AppendLine($"--- {Name} (pid {ProcessId}{(HasExited ? $", exited {_process.ExitCode}" : string.Empty)}) ---");
            foreach (string line in _lines)
            {
                text.AppendLine(line);
            }

            return text.ToString();
        }
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
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

/// <summary>Finds the build output of the solution's host projects next to this test's own.</summary>
internal static class BuildOutput
{
    public static string AssemblyPath(string project)
    {
        // The tests run from tests/<project>/bin/<configuration>/<framework>/.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = testOutput.Name;
        string configuration = testOutput.Parent!.Name;
        DirectoryInfo root = testOutput;
        while (!File.Exists(Path.Combine(root.FullName, "MovieRecs.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException(
                $"No MovieRecs.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
        }

        string path = Path.Combine(root.FullName, "src", project, "bin", configuration, framework, project + ".dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Build {project} in {configuration} before the cluster tests.", path);
    }
}
