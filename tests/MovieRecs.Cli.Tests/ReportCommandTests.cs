using MovieRecs.Charts;
using MovieRecs.Cli.Reporting;

namespace MovieRecs.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("movierecs-report-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [RequiresDataFact]
    [Trait("Category", "Slow")]
    public async Task Report_MovieLens_HasEverySectionAndChart()
    {
        CliRun run = await CliRun.RunAsync(
            "report", "--out", _output, "--data", RequiresDataFactAttribute.DataDirectory,
            "--model", "popularity", "--model", "content", "--model", "item-knn");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        string html = File.ReadAllText(Path.Combine(_output, "index.html"));
        string markdown = File.ReadAllText(Path.Combine(_output, "report.md"));
        foreach (string section in ReportContent.SectionTitles)
        {
            Assert.Contains($">{section}</h", html, StringComparison.Ordinal);
            Assert.Contains($"# {section}\n", markdown, StringComparison.Ordinal);
        }

        string[] expectedCharts =
        [
            .. ChartCatalog.All.Where(chart => chart.Section != ChartSection.Analytics).Select(chart => chart.Id),
            ChartIds.ColdStartUsers,
            ChartIds.ColdStartUsersRmse,
            ChartIds.ColdStartMovies,
        ];
        foreach (string chart in expectedCharts)
        {
            Assert.True(new FileInfo(Path.Combine(_output, "charts", chart + ".svg")).Length > 1000, chart);
            Assert.True(new FileInfo(Path.Combine(_output, "charts", chart + ".png")).Length > 1000, chart);
            Assert.Contains($"src=\"charts/{chart}.svg\"", html, StringComparison.Ordinal);
            Assert.Contains($"(charts/{chart}.png)", markdown, StringComparison.Ordinal);
        }
    }

    [RequiresDataFact]
    [Trait("Category", "Slow")]
    public async Task Report_MovieLens_NumbersComeFromTheRun()
    {
        CliRun run = await CliRun.RunAsync(
            "report", "--out", _output, "--data", RequiresDataFactAttribute.DataDirectory, "--model", "popularity");
        string markdown = File.ReadAllText(Path.Combine(_output, "report.md"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);

        // ml-latest-small has 610 users, 9,742 movies and 100,836 ratings, so 98.30% of the cells are
        // empty. The evaluate command prints popularity's Precision@10 on the temporal holdout as 0.0562.
        Assert.Contains("| Users | 610 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Ratings | 100,836 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Sparsity (empty user x movie cells) | 98.30% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| popularity | 1.0049 | 0.7775 | 100.0% | 0.0562 |", markdown, StringComparison.Ordinal);
        Assert.Contains("[1/8] Loading and validating the data", run.Output, StringComparison.Ordinal);
        Assert.Contains("[8/8] Writing index.html and report.md", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownModel_ExitsWithUsageError()
    {
        CliRun run = await CliRun.RunAsync("report", "--out", _output, "--model", "svd");

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("Unknown model 'svd'", run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MissingOut_ExitsWithUsageError()
    {
        CliRun run = await CliRun.RunAsync("report");

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("--out", run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownMovie_ExitsWithUsageError()
    {
        using var data = new SmallDataDirectory();

        CliRun run = await CliRun.RunAsync(
            "report", "--out", _output, "--data", data.Path, "--model", "popularity", "--movie", "999");

        Assert.Equal(ExitCodes.InvalidArguments, run.ExitCode);
        Assert.Contains("Movie 999 (--movie) is not in the catalogue", run.Error, StringComparison.Ordinal);
    }
}
