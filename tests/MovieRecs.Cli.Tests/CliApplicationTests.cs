using System.Text.Json;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Cli.Tests;

public sealed class CliApplicationTests : IDisposable
{
    private readonly SmallDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Inspect_SmallData_PrintsCountsAndNoIssues()
    {
        CliRun run = await CliRun.RunAsync("inspect", "--data", _data.Path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Ratings", run.Output, StringComparison.Ordinal);
        Assert.Contains("15", run.Output, StringComparison.Ordinal);
        Assert.Contains("no issues", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Inspect_JsonOption_WritesCamelCaseSummary()
    {
        string file = Path.Combine(_data.Path, "out", "summary.json");

        CliRun run = await CliRun.RunAsync("inspect", "--data", _data.Path, "--json", file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(15, json.RootElement.GetProperty("ratings").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("users").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("movies").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("issueCount").GetInt32());
    }

    [Fact]
    public async Task Inspect_MissingDirectory_ExitsWithDataError()
    {
        string missing = Path.Combine(_data.Path, "nowhere");

        CliRun run = await CliRun.RunAsync("inspect", "--data", missing);

        Assert.Equal(ExitCodes.DataUnavailable, run.ExitCode);
        Assert.Contains("nowhere", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_HeaderOnlyRatings_FailsAfterReport()
    {
        string ratings = Path.Combine(_data.Path, "ratings.csv");
        File.WriteAllText(ratings, "userId,movieId,rating,timestamp\n");

        CliRun run = await CliRun.RunAsync("inspect", "--data", _data.Path);

        Assert.Equal(ExitCodes.DataUnavailable, run.ExitCode);
        Assert.Contains("Ratings", run.Output, StringComparison.Ordinal);
        Assert.Contains(ratings, run.Error, StringComparison.Ordinal);
        Assert.Contains("has a header but no data rows", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommend_AllRatingsSkipped_ExitsWithDataError()
    {
        File.WriteAllText(Path.Combine(_data.Path, "ratings.csv"), "userId,movieId,rating,timestamp\n1,1,9.0,964982703\n");

        CliRun run = await CliRun.RunAsync("recommend", "--data", _data.Path, "--user", "1");

        Assert.Equal(ExitCodes.DataUnavailable, run.ExitCode);
        Assert.Contains("(1 data row read, all skipped)", run.Error, StringComparison.Ordinal);
        Assert.Contains("movierecs inspect", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Top 0", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_SmallData_WritesOneObjectPerModel()
    {
        string file = Path.Combine(_data.Path, "evaluation.json");

        CliRun run = await CliRun.RunAsync("evaluate", "--data", _data.Path, "--json", file, "-k", "2");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(RecommenderCatalog.Names.Count, json.RootElement.GetArrayLength());
        JsonElement first = json.RootElement[0];
        string[] fields =
        [
            "model", "rmse", "mae", "coverage", "precisionAtK", "recallAtK", "ndcgAtK", "mapAtK", "mrr", "k", "fitSeconds",
            "catalogCoverage", "novelty", "intraListDiversity", "popularShare", "curve", "intervals", "byUserActivity",
            "byMoviePopularity", "perUser",
        ];
        foreach (string field in fields)
        {
            Assert.True(first.TryGetProperty(field, out _), $"missing field {field}");
        }

        Assert.Equal(2, first.GetProperty("k").GetInt32());
        Assert.Contains("item-knn-pearson", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_CsvAndMarkdown_WritesBothReports()
    {
        string csv = Path.Combine(_data.Path, "evaluation.csv");
        string markdown = Path.Combine(_data.Path, "evaluation.md");

        CliRun run = await CliRun.RunAsync(
            "evaluate", "--data", _data.Path, "--model", "popularity", "--model", "item-knn", "--csv", csv, "--markdown", markdown);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        string[] rows = File.ReadAllLines(csv);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("model,split,rmse,mae,coverage,precisionAtK", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("popularity,temporal-holdout,", rows[1], StringComparison.Ordinal);
        string report = File.ReadAllText(markdown);
        Assert.Contains("| item-knn |", report, StringComparison.Ordinal);
        Assert.Contains("## Paired t-tests against popularity", report, StringComparison.Ordinal);
        Assert.Contains("## Users by training ratings", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("leave-last-one-out", "leave-last-one-out")]
    [InlineData("time-cutoff", "time-cutoff-")]
    [InlineData("random", "random-holdout-")]
    public async Task Evaluate_SplitOption_NamesTheSplit(string split, string expectedName)
    {
        CliRun run = await CliRun.RunAsync("evaluate", "--data", _data.Path, "--model", "popularity", "--split", split);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"Split {expectedName}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_KFold_RunsEveryFold()
    {
        string file = Path.Combine(_data.Path, "folds.json");

        CliRun run = await CliRun.RunAsync(
            "evaluate", "--data", _data.Path, "--model", "popularity", "--split", "kfold", "--folds", "3", "--json", file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.Equal("fold-3-of-3-seed-42", json.RootElement[2].GetProperty("split").GetString());
    }

    [Fact]
    public async Task Evaluate_TrainWithoutTest_Fails()
    {
        CliRun run = await CliRun.RunAsync("evaluate", "--data", _data.Path, "--train", Path.Combine(_data.Path, "ratings.csv"));

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("--train and --test go together", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_ExternalFiles_UsesThem()
    {
        string train = Path.Combine(_data.Path, "train.csv");
        string test = Path.Combine(_data.Path, "test.csv");
        File.WriteAllText(train, "userId,movieId,rating,timestamp\n1,1,4.0,1\n1,2,3.0,2\n2,1,5.0,1\n2,3,4.0,2\n");
        File.WriteAllText(test, "userId,movieId,rating,timestamp\n1,3,5.0,3\n2,2,2.0,3\n");
        string file = Path.Combine(_data.Path, "external.json");

        CliRun run = await CliRun.RunAsync(
            "evaluate", "--data", _data.Path, "--train", train, "--test", test, "--model", "popularity", "--json", file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("4 training and 2 test ratings", run.Output, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal("external", json.RootElement[0].GetProperty("split").GetString());
    }

    [Fact]
    public async Task Evaluate_SameTrainAndTest_WarnsAboutOverlap()
    {
        string ratings = Path.Combine(_data.Path, "ratings.csv");

        CliRun run = await CliRun.RunAsync("evaluate", "--data", _data.Path, "--train", ratings, "--test", ratings, "--model", "popularity");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("warning: 15 of 15 test ratings are also in ratings.csv", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_UnknownModel_ListsKnownOnes()
    {
        CliRun run = await CliRun.RunAsync("evaluate", "--data", _data.Path, "--model", "svd");

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("Unknown model 'svd'", run.Error, StringComparison.Ordinal);
        Assert.Contains("item-knn", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public async Task Evaluate_NonPositiveK_Fails(string k)
    {
        CliRun run = await CliRun.RunAsync("evaluate", "--data", _data.Path, "-k", k);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("-k must be a positive integer", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommend_KnownUser_ListsUnratedMovies()
    {
        string train = Path.Combine(_data.Path, "ratings.csv");
        File.WriteAllText(train, "userId,movieId,rating,timestamp\n1,1,4.0,1\n2,1,5.0,1\n2,3,4.0,2\n2,4,4.5,3\n");

        CliRun run = await CliRun.RunAsync("recommend", "--data", _data.Path, "--user", "1", "--model", "popularity", "-n", "3");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("American President, The (1995)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Toy Story", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommend_UserWithoutRatings_UsesPopularity()
    {
        CliRun run = await CliRun.RunAsync("recommend", "--data", _data.Path, "--user", "99");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("by popularity", run.Output, StringComparison.Ordinal);
        Assert.Contains("has no ratings", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommend_MissingUser_Fails()
    {
        CliRun run = await CliRun.RunAsync("recommend", "--data", _data.Path);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("--user", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    public async Task Recommend_CountOutOfRange_Fails(string count)
    {
        CliRun run = await CliRun.RunAsync("recommend", "--data", _data.Path, "--user", "1", "-n", count);

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains($"-n must be between 1 and 100; got {count}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommend_NonNumericUser_Fails()
    {
        CliRun run = await CliRun.RunAsync("recommend", "--data", _data.Path, "--user", "abc");

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("--user must be a positive MovieLens user id; got 'abc'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Int32", run.Error, StringComparison.Ordinal);
    }
}
