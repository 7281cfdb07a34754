using MovieRecs.Algorithms.Data.Synthetic;

namespace MovieRecs.Algorithms.Tests.Data.Synthetic;

public sealed class SyntheticPartsTests
{
    [Fact]
    public void SeededRandom_SeedZero_MatchesSplitMix64()
    {
        // The first output of the SplitMix64 reference implementation seeded with 0.
        var random = new SeededRandom(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
    }

    [Fact]
    public void SeededRandom_Derive_GivesIndependentStreams()
    {
        var first = SeededRandom.Derive(42, 1, 0);
        var second = SeededRandom.Derive(42, 1, 1);
        var again = SeededRandom.Derive(42, 1, 0);

        ulong value = first.NextUInt64();

        Assert.NotEqual(value, second.NextUInt64());
        Assert.Equal(value, again.NextUInt64());
    }

    [Fact]
    public void AliasTable_Draws_FollowWeights()
    {
        var table = new AliasTable([1.0, 3.0, 0.0, 4.0]);
        var random = new SeededRandom(11);
        var counts = new int[4];

        for (int draw = 0; draw < 80_000; draw++)
        {
            counts[table.Sample(ref random)]++;
        }

        // Expected shares 1/8, 3/8, 0 and 4/8; the binomial sd of a share is below 0.002 here.
        Assert.InRange(counts[0] / 80_000.0, 0.115, 0.135);
        Assert.InRange(counts[1] / 80_000.0, 0.365, 0.385);
        Assert.Equal(0, counts[2]);
        Assert.InRange(counts[3] / 80_000.0, 0.49, 0.51);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(80)]
    [InlineData(100)]
    public void PopularitySampler_Sample_IsDistinct(int count)
    {
        var sampler = new PopularitySampler(SyntheticDataGenerator.PopularityWeights(100));
        var random = new SeededRandom(5);

        int[] ranks = sampler.SampleDistinct(count, ref random);

        Assert.Equal(count, ranks.Length);
        Assert.Equal(count, ranks.Distinct().Count());
        Assert.All(ranks, rank => Assert.InRange(rank, 0, 99));
    }

    [Fact]
    public void PopularitySampler_BothPaths_FavourTopRank()
    {
        // A sample of 20 of 100 ranks redraws on repeats, and one of 50 keeps the largest keys.
        // Rank 0 weighs 8.5^-2 against 107.5^-2 for the last rank, so it is in nearly every sample.
        var sampler = new PopularitySampler(SyntheticDataGenerator.PopularityWeights(100));
        var random = new SeededRandom(9);
        int withTopSmall = 0;
        int withTopLarge = 0;

        for (int run = 0; run < 200; run++)
        {
            withTopSmall += sampler.SampleDistinct(20, ref random).Contains(0) ? 1 : 0;
            withTopLarge += sampler.SampleDistinct(50, ref random).Contains(0) ? 1 : 0;
        }

        Assert.True(withTopSmall > 120, $"rank 0 in {withTopSmall} of 200 samples of 20");
        Assert.True(withTopLarge > 180, $"rank 0 in {withTopLarge} of 200 samples of 50");
    }

    [Fact]
    public void UserRatingCounts_MinimumTotal_GivesTwentyEach()
    {
        int[] counts = UserRatingCounts.Allocate(2_000, 100, 500, 1);

        Assert.All(counts, count => Assert.Equal(20, count));
    }

    [Fact]
    public void UserRatingCounts_Allocate_SumsExactlyWithinBounds()
    {
        int[] counts = UserRatingCounts.Allocate(123_457, 700, 2_800, 3);

        Assert.Equal(123_457, counts.Sum(count => (long)count));
        Assert.True(counts.Min() >= 20);
        Assert.True(counts.Max() <= 2_800);
    }

    [Fact]
    public void UserRatingCounts_FullCapacity_FillsEveryUser()
    {
        int[] counts = UserRatingCounts.Allocate(3_000, 100, 30, 2);

        Assert.All(counts, count => Assert.Equal(30, count));
    }

    [Fact]
    public void UserTimestamps_LongHistory_StaysInSpan()
    {
        var random = new SeededRandom(4);

        long[] times = SyntheticTimeline.UserTimestamps(20_000, ref random);

        Assert.True(times[0] >= SyntheticTimeline.Start);
        Assert.True(times[^1] <= SyntheticTimeline.End);
        for (int i = 1; i < times.Length; i++)
        {
            Assert.True(times[i] > times[i - 1], $"timestamp {i} does not increase");
        }
    }
}
