using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Data.Synthetic;

namespace MovieRecs.Algorithms.Tests.Data.Synthetic;

public sealed class SyntheticDataGeneratorTests : IDisposable
{
    private static readonly SyntheticDataOptions SmallOptions = new()
    {
        Ratings = 30_000,
        Users = 150,
        Movies = 2_000,
        Seed = 7,
        Tags = 300,
    };

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Write_SameSeed_WritesIdenticalBytes()
    {
        string first = Path.Combine(_directory.Path, "first");
        string second = Path.Combine(_directory.Path, "second");

        SyntheticDataGenerator.Write(first, SmallOptions);
        SyntheticDataGenerator.Write(second, SmallOptions);

        foreach (string file in (string[])["movies.csv", "ratings.csv", "tags.csv"])
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
        }
    }

    [Fact]
    public void Write_OtherSeed_WritesOtherRatings()
    {
        string first = Path.Combine(_directory.Path, "first");
        string second = Path.Combine(_directory.Path, "second");

        SyntheticDataGenerator.Write(first, SmallOptions);
        SyntheticDataGenerator.Write(second, SmallOptions with { Seed = 8 });

        Assert.NotEqual(
            File.ReadAllBytes(Path.Combine(first, "ratings.csv")),
            File.ReadAllBytes(Path.Combine(second, "ratings.csv")));
    }

    [Fact]
    public void Write_Output_LoadsWithNoIssues()
    {
        SyntheticDataSummary summary = SyntheticDataGenerator.Write(_directory.Path, SmallOptions);

        MovieLensDataset dataset = MovieLensLoader.Load(_directory.Path);

        Assert.Empty(dataset.Report.Issues);
        Assert.Equal(30_000, dataset.Ratings.Count);
        Assert.Equal(150, dataset.UserCount);
        Assert.Equal(2_000, dataset.Movies.Count);
        Assert.Equal(300, dataset.Tags.Count);
        Assert.Equal(30_000, summary.Ratings);
        Assert.All(dataset.Movies, movie => Assert.NotNull(movie.Year));
        Assert.All(dataset.Movies, movie => Assert.NotEmpty(movie.Genres));
    }

    [Fact]
    public void Write_EveryUser_HasAtLeastTwentyRatings()
    {
        SyntheticDataSummary summary = SyntheticDataGenerator.Write(_directory.Path, SmallOptions);

        MovieLensDataset dataset = MovieLensLoader.Load(_directory.Path);
        var perUser = dataset.Ratings.CountBy(rating => rating.UserId).ToDictionary();

        Assert.Equal(Enumerable.Range(1, 150), perUser.Keys.Order());
        Assert.True(perUser.Values.Min() >= 20, $"the least active user has {perUser.Values.Min()} ratings");
        Assert.Equal(summary.MaxRatingsPerUser, perUser.Values.Max());
        Assert.True(perUser.Values.Max() <= SmallOptions.MaxRatingsPerUser);
    }

    [Fact]
    public void Write_PerUserCounts_AreHeavyTailed()
    {
        SyntheticDataGenerator.Write(_directory.Path, SmallOptions with { Tags = 0 });

        MovieLensDataset dataset = MovieLensLoader.Load(_directory.Path);
        int[] counts = dataset.Ratings.CountBy(rating => rating.UserId).Select(pair => pair.Value).Order().ToArray();
        double mean = counts.Average();
        double median = counts[counts.Length / 2];

        // ml-latest-small's mean of 165 ratings per user is 2.3 times its median of 70.5.
        Assert.InRange(mean / median, 1.5, 4.0);
    }

    [Fact]
    public void Write_Timestamps_AreDistinctPerUserAndInSpan()
    {
        SyntheticDataGenerator.Write(_directory.Path, SmallOptions);

        MovieLensDataset dataset = MovieLensLoader.Load(_directory.Path);

        foreach (IGrouping<int, Rating> user in dataset.Ratings.GroupBy(rating => rating.UserId))
        {
            long[] times = user.Select(rating => rating.Timestamp).ToArray();
            Assert.Equal(times.Length, times.Distinct().Count());
            Assert.True(times.Min() >= SyntheticTimeline.Start, $"user {user.Key} starts before 1995");
            Assert.True(times.Max() <= SyntheticTimeline.End, $"user {user.Key} ends after 2018-10-01");
        }
    }

    [Fact]
    public void Write_RatingsFile_IsSortedByUserThenMovie()
    {
        SyntheticDataGenerator.Write(_directory.Path, SmallOptions);

        MovieLensDataset dataset = MovieLensLoader.Load(_directory.Path);
        var keys = dataset.Ratings.Select(rating => ((long)rating.UserId << 32) | (uint)rating.MovieId).ToArray();

        Assert.Equal(keys.Order(), keys);
    }

    [Fact]
    public void Write_RatingHistogram_FollowsMovieLens()
    {
        SyntheticDataGenerator.Write(_directory.Path, new SyntheticDataOptions { Ratings = 200_000, Seed = 3 });

        MovieLensDataset dataset = MovieLensLoader.Load(_directory.Path);
        ReadOnlySpan<int> expected = MovieLensShape.RatingHistogram;
        double expectedTotal = 0;
        foreach (int count in expected)
        {
            expectedTotal += count;
        }

        for (int step = 1; step <= 10; step++)
        {
            double value = step / 2.0;
            double share = dataset.Ratings.Count(rating => rating.Value == value) / (double)dataset.Ratings.Count;
            double expectedShare = expected[step - 1] / expectedTotal;
            Assert.True(
                Math.Abs(share - expectedShare) < 0.015,
                $"rating {value.ToString(CultureInfo.InvariantCulture)}: share {share:F4}, ml-latest-small {expectedShare:F4}");
        }
    }

    [Fact]
    public void Write_PopularitySlope_MatchesWeights()
    {
        // 20 ratings for each of 20,000 users: no heavy user rates most of the head, so the counts
        // follow the draw weights instead of flattening where users run out of popular movies.
        var options = new SyntheticDataOptions { Ratings = 400_000, Users = 20_000, Movies = 2_000, Seed = 5 };
        SyntheticDataGenerator.Write(_directory.Path, options);

        MovieLensDataset dataset = MovieLensLoader.Load(_directory.Path);
        double[] counts = dataset.Ratings
            .CountBy(rating => rating.MovieId)
            .Select(pair => (double)pair.Value)
            .OrderDescending()
            .ToArray();
        double[] weights = SyntheticDataGenerator.PopularityWeights(2_000);

        // Over ranks 20-1000 the log-log slope of (rank + 150)^-2 is about -1.2.
        double expected = LogLogSlope(weights, 20, 1_000);
        double actual = LogLogSlope(counts, 20, 1_000);
        Assert.InRange(expected, -1.4, -1.0);
        Assert.True(Math.Abs(actual - expected) < 0.05, $"slope {actual:F3}, weights {expected:F3}");
    }

    [Fact]
    public void Write_ExistingTagsWithoutTags_DeletesStaleTags()
    {
        SyntheticDataGenerator.Write(_directory.Path, SmallOptions);
        File.WriteAllText(Path.Combine(_directory.Path, "links.csv"), "movieId,imdbId,tmdbId\n1,0114709,862\n");

        SyntheticDataGenerator.Write(_directory.Path, SmallOptions with { Tags = 0 });

        Assert.False(File.Exists(Path.Combine(_directory.Path, "tags.csv")));
        Assert.False(File.Exists(Path.Combine(_directory.Path, "links.csv")));
        Assert.Equal(["movies.csv", "ratings.csv"], _directory.ListEntries());
    }

    [Fact]
    public void Write_Cancelled_LeavesNoPartialRatings()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(
            () => SyntheticDataGenerator.Write(_directory.Path, SmallOptions, cancellationToken: cancellation.Token));

        Assert.Equal(["movies.csv"], _directory.ListEntries());
    }

    [Fact]
    public void Write_Progress_ReportsIncreasingCountsToTotal()
    {
        var reports = new List<long>();

        SyntheticDataGenerator.Write(_directory.Path, SmallOptions, new ListProgress(reports));

        Assert.InRange(reports.Count, 5, 11);
        Assert.Equal(reports.Order(), reports);
        Assert.Equal(30_000, reports[^1]);
    }

    [Fact]
    public void PopularityWeights_FirstRanks_FollowFormula()
    {
        // 100 movies: q = 7.5, so rank 1 weighs 8.5^-2 and rank 2 weighs 9.5^-2.
        double[] weights = SyntheticDataGenerator.PopularityWeights(100);

        Assert.Equal(1 / 72.25, weights[0], 12);
        Assert.Equal(1 / 90.25, weights[1], 12);
        Assert.Equal(100, weights.Length);
    }

    private static double LogLogSlope(double[] counts, int fromRank, int toRank)
    {
        double[] xs = Enumerable.Range(fromRank, toRank - fromRank + 1).Select(rank => Math.Log(rank)).ToArray();
        double[] ys = Enumerable.Range(fromRank, toRank - fromRank + 1).Select(rank => Math.Log(counts[rank - 1])).ToArray();
        double meanX = xs.Average();
        double meanY = ys.Average();
        double covariance = xs.Zip(ys, (x, y) => (x - meanX) * (y - meanY)).Sum();
        double variance = xs.Sum(x => (x - meanX) * (x - meanX));
        return covariance / variance;
    }

    private sealed class ListProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
