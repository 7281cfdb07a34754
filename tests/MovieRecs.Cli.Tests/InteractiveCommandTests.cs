using System.Diagnostics;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Cli.Tests;

public sealed class InteractiveCommandTests : IDisposable
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(2);

    private readonly string _data = SyntheticDataset.CreateDirectory();

    public void Dispose() => SyntheticDataset.DeleteDirectory(_data);

    [Fact]
    public async Task Interactive_RateTopMovie_MovieLeavesList()
    {
        int top = TopMovie(userId: 1);
        string script = $"user 1\nrate {top} 4.5\nquit\n";

        CliRun run = await RunAsync(script, "interactive", "--data", _data, "--model", "wals");
        string[] parts = run.Output.Split($"Rated Movie {top} ", StringSplitOptions.None);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Equal(2, parts.Length);
        Assert.Contains(" for user 1 (", parts[0], StringComparison.Ordinal);
        Assert.Contains($"Movie {top} ({1960 + top})", parts[0], StringComparison.Ordinal);
        Assert.Contains(" for user 1 (", parts[1], StringComparison.Ordinal);
        Assert.DoesNotContain($"Movie {top} ({1960 + top})", parts[1], StringComparison.Ordinal);
        Assert.EndsWith("Bye.", run.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interactive_SimilarMovie_ListsNeighbors()
    {
        CliRun run = await RunAsync("similar 1\n", "interactive", "--data", _data, "--model", "popularity");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("The 10 movies most similar to Movie 1 (1961)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Cosine", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("user abc", "the user id 'abc' is invalid")]
    [InlineData("rate 1 4", "no user is selected")]
    [InlineData("1\nrate 999 4", "movie 999 is not in the catalogue")]
    [InlineData("1\nrate 1 4.3", "the rating '4.3' is invalid")]
    [InlineData("dance", "'dance' is not a command")]
    public async Task Interactive_InvalidInput_PrintsErrorAndContinues(string lines, string expected)
    {
        CliRun run = await RunAsync(lines + "\nhelp\nquit\n", "interactive", "--data", _data, "--model", "popularity");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        Assert.Contains("Commands: user ID", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interactive_RedirectedStdin_AnswersEachLine()
    {
        (int exitCode, string output) = await RunProcessAsync(
            "user 2\nsimilar 3\nquit\n",
            "interactive", "--data", _data, "--model", "popularity");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains(" for user 2 (", output, StringComparison.Ordinal);
        Assert.Contains("most similar to Movie 3 (1963)", output, StringComparison.Ordinal);
        Assert.Contains("Bye.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoArguments_RedirectedStdin_PrintsHelp()
    {
        (int exitCode, string output) = await RunProcessAsync("user 1\n");

        Assert.Equal(ExitCodes.InvalidArguments, exitCode);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("interactive", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" for user 1 (", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void ResolveArguments_NoArguments_InteractiveOnlyOnTerminal(bool inputRedirected, bool outputRedirected, bool interactive)
    {
        string[] resolved = CliApplication.ResolveArguments([], inputRedirected, outputRedirected);

        Assert.Equal(interactive ? ["interactive"] : [], resolved);
    }

    [Fact]
    public void ResolveArguments_GivenArguments_KeptAsGiven()
    {
        Assert.Equal(["inspect"], CliApplication.ResolveArguments(["inspect"], isInputRedirected: false, isOutputRedirected: false));
    }

    private int TopMovie(int userId)
    {
        MovieLensDataset dataset = MovieLensLoader.Load(_data);
        IRecommender model = RecommenderCatalog.Create("wals");
        model.Fit(TrainingData.FromDataset(dataset));
        var profile = new UserProfile(
            userId,
            dataset.Ratings.Where(rating => rating.UserId == userId).Select(rating => KeyValuePair.Create(rating.MovieId, rating.Value)));
        return model.Recommend(profile, 10)[0].MovieId;
    }

    private static async Task<CliRun> RunAsync(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = await CliApplication.RunAsync(args, reader, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built movierecs with standard input and output redirected.</summary>
    private static async Task<(int ExitCode, string Output)> RunProcessAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "movierecs.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(ProcessTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await error);
    }
}
