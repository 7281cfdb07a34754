using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Factors;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Tests.Factors;

public sealed class CategoryLiftAnalysisTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Product[] Catalogue =
    [
        new("d", "Drama film", ["Drama"]),
        new("c", "Comedy film", ["Comedy"]),
        new("dc", "Dramedy", ["Drama", "Comedy"]),
    ];
    private static readonly Dictionary<int, string> Names = new() { [1] = "first", [2] = "second" };

    private static PurchaseLog Log(params (string Customer, string Product)[] purchases) => new(
        purchases.Select(
            (purchase, index) => new Purchase(purchase.Customer, purchase.Product, Start.AddHours(index), 1, 1)),
        Catalogue,
        [],
        new LoadReport("test", [], []));

    [Fact]
    public void Compute_TinyTable_MatchesHandWorkedLifts()
    {
        // Segment 1 (a1): Drama, Drama, Comedy; segment 2 (b1): Comedy. Overall 2 of 4 purchases are
        // Drama and 2 are Comedy, so segment 1 has Drama lift (2/3)/(1/2) = 4/3 and Comedy lift
        // (1/3)/(1/2) = 2/3; segment 2 has Comedy lift 1/(1/2) = 2 and Drama lift 0.
        PurchaseLog log = Log(("a1", "d"), ("a1", "d"), ("a1", "c"), ("b1", "c"));
        var segmentOf = new Dictionary<string, int> { ["a1"] = 1, ["b1"] = 2 };

        IReadOnlyList<CategoryLift> lifts = CategoryLiftAnalysis.Compute(
            log,
            segmentOf,
            Names,
            bootstrapSamples: 0,
            seed: 1);

        CategoryLift Find(int segment, string category) =>
            lifts.Single(lift => lift.SegmentId == segment && lift.Category == category);
        Assert.Equal(4, lifts.Count);
        Assert.Equal(4.0 / 3, Find(1, "Drama").Lift, 12);
        Assert.Equal(2.0 / 3, Find(1, "Comedy").Lift, 12);
        Assert.Equal(2.0, Find(2, "Comedy").Lift, 12);
        Assert.Equal(0.0, Find(2, "Drama").Lift, 12);
        Assert.Equal(2, Find(1, "Drama").Purchases);
        Assert.Equal(2.0 / 3, Find(1, "Drama").SegmentShare, 12);
        Assert.Equal(0.5, Find(1, "Drama").OverallShare, 12);
        Assert.Null(Find(1, "Drama").Significant);
        Assert.Equal("Drama", lifts[0].Category);
        Assert.Equal("first", lifts[0].SegmentName);
    }

    [Fact]
    public void Compute_ProductInTwoCategories_CountsInBoth()
    {
        // 2 purchases: one Dramedy (both genres) and one Drama. Drama share 2/2, Comedy 1/2.
        PurchaseLog log = Log(("a1", "dc"), ("a1", "d"));
        var segmentOf = new Dictionary<string, int> { ["a1"] = 1 };

        IReadOnlyList<CategoryLift> lifts = CategoryLiftAnalysis.Compute(log, segmentOf, Names, 0, 1);

        Assert.Equal(1.0, lifts.Single(lift => lift.Category == "Drama").SegmentShare, 12);
        Assert.Equal(0.5, lifts.Single(lift => lift.Category == "Comedy").SegmentShare, 12);
    }

    [Fact]
    public void Compute_StrongContrast_FlagsSignificantLift()
    {
        // 30 customers per segment; segment 1 buys Drama 3 times in 4, segment 2 once in 4.
        var purchases = new List<(string, string)>();
        var segmentOf = new Dictionary<string, int>();
        for (int i = 0; i < 30; i++)
        {
            purchases.AddRange([($"a{i}", "d"), ($"a{i}", "d"), ($"a{i}", "d"), ($"a{i}", "c")]);
            purchases.AddRange([($"b{i}", "d"), ($"b{i}", "c"), ($"b{i}", "c"), ($"b{i}", "c")]);
            segmentOf[$"a{i}"] = 1;
            segmentOf[$"b{i}"] = 2;
        }

        IReadOnlyList<CategoryLift> lifts = CategoryLiftAnalysis.Compute(
            Log([.. purchases]),
            segmentOf,
            Names,
            bootstrapSamples: 200,
            seed: 1);

        CategoryLift drama = lifts.Single(lift => lift.SegmentId == 1 && lift.Category == "Drama");
        Assert.Equal(1.5, drama.Lift, 12);
        Assert.True(drama.Significant);
        Assert.InRange(drama.Lift, drama.Low!.Value, drama.High!.Value);
    }

    [Fact]
    public void Compute_SmallSegment_HasNoInterval()
    {
        var purchases = new List<(string, string)>();
        var segmentOf = new Dictionary<string, int>();
        for (int i = 0; i < 10; i++)
        {
            purchases.Add(($"a{i}", "d"));
            segmentOf[$"a{i}"] = 1;
        }

        purchases.AddRange([("b0", "c"), ("b1", "c")]);
        segmentOf["b0"] = 2;
        segmentOf["b1"] = 2;

        IReadOnlyList<CategoryLift> lifts = CategoryLiftAnalysis.Compute(
            Log([.. purchases]),
            segmentOf,
            Names,
            bootstrapSamples: 50,
            seed: 1);

        Assert.All(lifts.Where(lift => lift.SegmentId == 2), lift => Assert.Null(lift.Significant));
        Assert.All(lifts.Where(lift => lift.SegmentId == 2), lift => Assert.Null(lift.Low));
        Assert.All(lifts.Where(lift => lift.SegmentId == 1), lift => Assert.NotNull(lift.Significant));
    }

    [Fact]
    public void Compute_NoContrast_IntervalContainsOne()
    {
        // Both segments mix their customers' habits the same way, so neither over-buys a genre.
        var purchases = new List<(string, string)>();
        var segmentOf = new Dictionary<string, int>();
        for (int i = 0; i < 30; i++)
        {
            string product = i % 2 == 0 ? "d" : "c";
            purchases.AddRange([($"a{i}", product), ($"a{i}", product), ($"b{i}", product), ($"b{i}", product)]);
            segmentOf[$"a{i}"] = 1;
            segmentOf[$"b{i}"] = 2;
        }

        IReadOnlyList<CategoryLift> lifts = CategoryLiftAnalysis.Compute(
            Log([.. purchases]),
            segmentOf,
            Names,
            bootstrapSamples: 200,
            seed: 1);

        Assert.All(lifts, lift => Assert.Equal(1.0, lift.Lift, 12));
        Assert.All(lifts, lift => Assert.False(lift.Significant));
        Assert.All(lifts, lift => Assert.InRange(1.0, lift.Low!.Value, lift.High!.Value));
    }
}
