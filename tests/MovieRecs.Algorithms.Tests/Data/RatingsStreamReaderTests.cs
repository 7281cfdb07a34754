using System.Text;
using MovieRecs.Algorithms.Data;
using static MovieRecs.Algorithms.Tests.Data.MovieLensFixture;

namespace MovieRecs.Algorithms.Tests.Data;

public sealed class RatingsStreamReaderTests
{
    private static readonly FixedTimeProvider Clock = new(LoadTime);

    private static readonly HashSet<int> MovieIds = [1, 2, 3];

    // One row of each kind of problem between two valid ones, plus a blank line and a short row.
    private static readonly string[] MixedRows =
    [
        "1,1,4.0,964982703",
        "1,1,3.0,964982703",
        "1,2,5.5,964982703",
        "1,3,4.2,964982703",
        "",
        "1,42,4.0,964982703",
        "0,2,4.0,964982703",
        "2,2,4.0,-1",
        "2,3,oops,964982703",
        "2,3",
        "3,3,1.5,964982703",
    ];

    [Fact]
    public async Task ReadAsync_MixedRows_MatchesLoaderReport()
    {
        using var directory = new TempDirectory();
        WriteAll(directory);
        MovieLensDataset dataset = MovieLensLoader.Load(directory.Path, timeProvider: Clock);
        string csv = Csv(RatingsHeader, MixedRows, newline: "\r\n");
        string path = directory.Write("upload.csv", csv);
        RatingsLoadResult loaded = MovieLensLoader.LoadRatingsFile(path, dataset, timeProvider: Clock);

        (List<Rating> ratings, FileLoadReport report, IReadOnlyList<LoadIssue> issues, long omitted) =
            await ReadAllAsync(csv, maxIssues: 100);

        Assert.Equal(loaded.Ratings, ratings);
        Assert.Equal([new Rating(1, 1, 4.0, 964982703), new Rating(3, 3, 1.5, 964982703)], ratings);
        Assert.Equal((10L, 2L, 0L, 8L), (report.RowsRead, report.RowsKept, report.RowsFixed, report.RowsSkipped));
        Assert.Equal(loaded.Report.SkippedByKind, report.SkippedByKind);
        Assert.Equal(loaded.Issues.Select(Strip), issues.Select(Strip));
        Assert.Equal([3L, 4L, 5L, 7L, 8L, 9L, 10L, 11L], issues.Select(issue => issue.Line));
        Assert.Equal(0, omitted);
    }

    [Fact]
    public async Task ReadAsync_IssuesOverCap_CountsTheRest()
    {
        string csv = Csv(RatingsHeader, ["1,1,7,964982703", "1,2,8,964982703", "1,3,9,964982703", "2,1,4.0,964982703"]);

        (List<Rating> ratings, FileLoadReport report, IReadOnlyList<LoadIssue> issues, long omitted) =
            await ReadAllAsync(csv, maxIssues: 2);

        Assert.Equal([new Rating(2, 1, 4.0, 964982703)], ratings);
        Assert.Equal(3, report.RowsSkipped);
        Assert.Equal(3, report.SkippedByKind[LoadIssueKind.RatingOutOfRange]);
        Assert.Equal([2L, 3L], issues.Select(issue => issue.Line));
        Assert.Equal(1, omitted);
    }

    [Fact]
    public async Task OpenAsync_MissingColumn_ThrowsInvalidData()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("userId,movieId,timestamp\n1,1,964982703\n"));

        InvalidDataException exception = await Assert.ThrowsAsync<InvalidDataException>(
            () => RatingsStreamReader.OpenAsync(stream, "upload", MovieIds, 10, 1024, Clock));

        Assert.Equal(
            "upload has the header 'userId,movieId,timestamp', which lacks the column 'rating'. " +
            "Expected a first line with the columns userId,movieId,rating,timestamp.",
            exception.Message);
    }

    [Fact]
    public async Task OpenAsync_EmptyStream_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();

        InvalidDataException exception = await Assert.ThrowsAsync<InvalidDataException>(
            () => RatingsStreamReader.OpenAsync(stream, "upload", MovieIds, 10, 1024, Clock));

        Assert.StartsWith("upload is empty.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_RecordOverLimit_ThrowsInvalidData()
    {
        string csv = RatingsHeader + "\n\"" + new string('1', 200_000) + "\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        await using RatingsStreamReader reader =
            await RatingsStreamReader.OpenAsync(stream, "upload", MovieIds, 10, 1024, Clock);

        InvalidDataException exception = await Assert.ThrowsAsync<InvalidDataException>(
            async () => await reader.ReadAsync());

        Assert.StartsWith("upload cannot be read at line 2", exception.Message, StringComparison.Ordinal);
    }

    private static LoadIssue Strip(LoadIssue issue) => issue with { File = string.Empty };

    private static async Task<(List<Rating>, FileLoadReport, IReadOnlyList<LoadIssue>, long)> ReadAllAsync(
        string csv,
        int maxIssues)
    {
        // A stream that returns at most 7 bytes per read makes rows cross read boundaries.
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(csv), 7);
        await using RatingsStreamReader reader =
            await RatingsStreamReader.OpenAsync(stream, "upload", MovieIds, maxIssues, 1024, Clock);
        var ratings = new List<Rating>();
        while (await reader.ReadAsync())
        {
            ratings.Add(reader.Current);
        }

        return (ratings, reader.GetReport(), reader.Issues, reader.IssuesOmitted);
    }

    private sealed class TrickleStream(byte[] bytes, int maxRead) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(maxRead, buffer.Length)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(maxRead, buffer.Length)], cancellationToken);
    }
}
