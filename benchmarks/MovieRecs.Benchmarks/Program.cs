using BenchmarkDotNet.Running;

namespace MovieRecs.Benchmarks;

/// <summary>
/// Runs the MovieRecs benchmarks, for example
/// <c>dotnet run -c Release --project benchmarks/MovieRecs.Benchmarks -- --filter '*Fit*'</c>.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
