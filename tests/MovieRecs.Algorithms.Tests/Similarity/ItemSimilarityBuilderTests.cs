using MovieRecs.Algorithms.Baselines;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;
using MovieRecs.Algorithms.Tests.Recommenders;

namespace MovieRecs.Algorithms.Tests.Similarity;

public class ItemSimilarityBuilderTests
{
    public static TheoryData<SimilarityMetric, int, int, double, double> Settings()
    {
        // Metric, MaxStoredNeighbors, MinCoRatings, Shrinkage, MinSimilarity.
        var settings = new TheoryData<SimilarityMetric, int, int, double, double>();
        foreach (SimilarityMetric metric in Enum.GetValues<SimilarityMetric>())
        {
            settings.Add(metric, 100, 1, 0, 0);
            settings.Add(metric, 2, 1, 0, -1);
            settings.Add(metric, 3, 2, 5, 0.05);
            settings.Add(metric, 1, 3, 0, -0.5);
        }

        return settings;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void BuildShard_SmallRatings_MatchesReference(
        SimilarityMetric metric,
        int maxNeighbors,
        int minCoRatings,
        double shrinkage,
        double minSimilarity)
    {
        RatingMatrix matrix = SmallRatings.Training().Ratings;
        var options = Options(metric, maxNeighbors, minCoRatings, shrinkage, minSimilarity);
        var builder = new ItemSimilarityBuilder(matrix, options);

        Neighbor[][] lists = builder.BuildShard(0, builder.ItemCount);

        AssertEqualLists(ReferenceLists(matrix, options), lists);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void BuildShard_RandomRatings_MatchesReference(
        SimilarityMetric metric,
        int maxNeighbors,
        int minCoRatings,
        double shrinkage,
        double minSimilarity)
    {
        // Enough candidates per item that a small MaxStoredNeighbors fills the buffer many times.
        RatingMatrix matrix = RandomRatings(users: 40, items: 60, ratingsPerUser: 25, seed: 11);
        var options = Options(metric, maxNeighbors, minCoRatings, shrinkage, minSimilarity);
        var builder = new ItemSimilarityBuilder(matrix, options);

        Neighbor[][] lists = builder.BuildShard(0, builder.ItemCount);

        AssertEqualLists(ReferenceLists(matrix, options), lists);
    }

    [Theory]
    [InlineData(SimilarityMetric.Cosine)]
    [InlineData(SimilarityMetric.Pearson)]
    [InlineData(SimilarityMetric.AdjustedCosine)]
    [InlineData(SimilarityMetric.PearsonBaseline)]
    public void BuildShard_UnevenSplits_EqualWholeRangeAndParallelBuild(SimilarityMetric metric)
    {
        RatingMatrix matrix = RandomRatings(users: 40, items: 60, ratingsPerUser: 25, seed: 5);
        var options = new ItemSimilarityOptions { Metric = metric, MaxStoredNeighbors = 4 };
        var builder = new ItemSimilarityBuilder(matrix, options);
        Neighbor[][] whole = builder.BuildShard(0, builder.ItemCount);
        int count = builder.ItemCount;
        int[][] splits = [[0, 1, count], [0, count - 1, count], [0, 7, 8, 31, count], [0, 0, 30, 30, count]];

        foreach (int[] bounds in splits)
        {
            var shards = new List<(int Start, Neighbor[][] Lists)>();
            for (int shard = 0; shard + 1 < bounds.Length; shard++)
            {
                shards.Add((bounds[shard], builder.BuildShard(bounds[shard], bounds[shard + 1])));
            }

            Neighbor[][] joined = shards.SelectMany(shard => shard.Lists).ToArray();
            AssertEqualLists(whole, joined);
        }

        NeighborGraph parallel = NeighborGraph.Build(builder);
        NeighborGraph single = NeighborGraph.FromShards(builder.ItemCount, [(0, whole)]);
        for (int item = 0; item < builder.ItemCount; item++)
        {
            Assert.Equal(single.NeighborsOf(item), parallel.NeighborsOf(item));
        }
    }

    [Fact]
    public void BuildShard_Cosine_MatchesHandWorkedValue()
    {
        // Movie 10 is rated 5, 4, 1 by users 1, 2, 4, and movie 20 is rated 3, 2, 5 by users 1, 2,
        // 3. The dot product over the shared users 1 and 2 is 15 + 8 = 23, the squared norms are
        // 25 + 16 + 1 = 42 and 9 + 4 + 25 = 38.
        RatingMatrix matrix = SmallRatings.Training().Ratings;
        var builder = new ItemSimilarityBuilder(matrix, new ItemSimilarityOptions());
        matrix.Items.TryGetIndex(10, out int ten);
        matrix.Items.TryGetIndex(20, out int twenty);

        Neighbor[] neighbors = builder.BuildShard(ten, ten + 1)[0];

        Neighbor neighbor = Assert.Single(neighbors, neighbor => neighbor.Index == twenty);
        Assert.Equal(23 / Math.Sqrt(42 * 38), neighbor.Similarity, 15);
    }

    [Fact]
    public void BuildShard_TiedSimilarities_KeepLowerIndices()
    {
        // Movies 2, 3 and 4 are each rated 4 by user 1 only, as movie 1 is, so each has cosine 1
        // with movie 1. Movie 5 is rated 4 by user 1 and 2 by user 2, so its cosine is
        // 4 / sqrt(20) < 1.
        Rating[] ratings =
        [
            new(1, 1, 4.0, 0), new(1, 2, 4.0, 0), new(1, 3, 4.0, 0), new(1, 4, 4.0, 0),
            new(1, 5, 4.0, 0), new(2, 5, 2.0, 0),
        ];
        var matrix = RatingMatrix.Build(ratings, [1, 2, 3, 4, 5]);
        var builder = new ItemSimilarityBuilder(matrix, new ItemSimilarityOptions { MaxStoredNeighbors = 2 });

        Neighbor[] kept = builder.BuildShard(0, 1)[0];

        Assert.Equal(new[] { new Neighbor(1, 1.0), new Neighbor(2, 1.0) }, kept);
    }

    [Fact]
    public void FromShards_OneDirectionPairs_AreMirroredOnce()
    {
        // Item 0 keeps 1, item 1 keeps 0 and 2, and item 2 keeps 0. The pair (0, 1) is in both lists.
        Neighbor[][] own =
        [
            [new(1, 0.9)],
            [new(0, 0.9), new(2, 0.5)],
            [new(0, 0.4)],
        ];

        NeighborGraph graph = NeighborGraph.FromShards(3, [(0, own)]);

        Assert.Equal(new[] { new Neighbor(1, 0.9), new Neighbor(2, 0.4) }, graph.NeighborsOf(0));
        Assert.Equal(new[] { new Neighbor(0, 0.9), new Neighbor(2, 0.5) }, graph.NeighborsOf(1));
        Assert.Equal(new[] { new Neighbor(1, 0.5), new Neighbor(0, 0.4) }, graph.NeighborsOf(2));
    }

    private static ItemSimilarityOptions Options(
        SimilarityMetric metric,
        int maxNeighbors,
        int minCoRatings,
        double shrinkage,
        double minSimilarity) => new()
        {
            Metric = metric,
            MaxStoredNeighbors = maxNeighbors,
            MinCoRatings = minCoRatings,
            Shrinkage = shrinkage,
            MinSimilarity = minSimilarity,
        };

    private static void AssertEqualLists(Neighbor[][] expected, Neighbor[][] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int item = 0; item < expected.Length; item++)
        {
            Assert.Equal(expected[item], actual[item]);
        }
    }

    /// <summary>
    /// Computes every item's list pair by pair from the definitions: the co-rating users of each
    /// pair in ascending order, the metric's formula, then the filters, a full sort and a cut.
    /// </summary>
    private static Neighbor[][] ReferenceLists(RatingMatrix matrix, ItemSimilarityOptions options)
    {
        double[][] values = ValuesByItem(matrix, options.Metric);
        var lists = new Neighbor[matrix.Items.Count][];
        for (int item = 0; item < matrix.Items.Count; item++)
        {
            var candidates = new List<Neighbor>();
            for (int other = 0; other < matrix.Items.Count; other++)
            {
                if (other != item && ReferenceSimilarity(matrix, values, item, other, options) is double similarity)
                {
                    candidates.Add(new Neighbor(other, similarity));
                }
            }

            candidates.Sort(Neighbor.StrongestFirst);
            lists[item] = candidates.Take(options.MaxStoredNeighbors).ToArray();
        }

        return lists;
    }

    private static double? ReferenceSimilarity(
        RatingMatrix matrix,
        double[][] values,
        int item,
        int other,
        ItemSimilarityOptions options)
    {
        ReadOnlySpan<int> raters = matrix.ByItem.RowIndices(item);
        ReadOnlySpan<int> otherRaters = matrix.ByItem.RowIndices(other);
        var sums = new CoRatingSums();
        double dot = 0;
        for (int position = 0; position < raters.Length; position++)
        {
            int otherPosition = otherRaters.BinarySearch(raters[position]);
            if (otherPosition >= 0)
            {
                sums.Add(values[item][position], values[other][otherPosition]);
                dot += values[item][position] * values[other][otherPosition];
            }
        }

        if (sums.Count == 0 || sums.Count < options.MinCoRatings)
        {
            return null;
        }

        double? similarity = options.Metric switch
        {
            SimilarityMetric.Cosine =>
                VectorSimilarity.CosineFromSums(dot, SquaredNorm(values[item]), SquaredNorm(values[other])),
            SimilarityMetric.Pearson => sums.Pearson(),
            _ => sums.CosineOfPairs(),
        };
        if (similarity is double value && options.Shrinkage > 0)
        {
            similarity = value * (sums.Count - 1) / (sums.Count - 1 + options.Shrinkage);
        }

        return similarity > options.MinSimilarity ? similarity : null;
    }

    /// <summary>Returns each item's values aligned with its raters: raw or centred ratings.</summary>
    private static double[][] ValuesByItem(RatingMatrix matrix, SimilarityMetric metric)
    {
        BaselinePredictor? baseline = metric == SimilarityMetric.PearsonBaseline ? BaselinePredictor.Fit(matrix) : null;
        var values = new double[matrix.Items.Count][];
        for (int item = 0; item < matrix.Items.Count; item++)
        {
            ReadOnlySpan<int> raters = matrix.ByItem.RowIndices(item);
            ReadOnlySpan<double> ratings = matrix.ByItem.RowValues(item);
            values[item] = new double[raters.Length];
            for (int position = 0; position < raters.Length; position++)
            {
                double expected = metric switch
                {
                    SimilarityMetric.AdjustedCosine => matrix.UserMean(raters[position]),
                    SimilarityMetric.PearsonBaseline => baseline!.Predict(baseline.UserBias(raters[position]), item),
                    _ => 0,
                };
                values[item][position] = ratings[position] - expected;
            }
        }

        return values;
    }

    private static double SquaredNorm(double[] values)
    {
        double sum = 0;
        foreach (double value in values)
        {
            sum += value * value;
        }

        return sum;
    }

    /// <summary>
    /// Draws ratings in half-star steps from a seeded generator, so every run builds the same matrix.
    /// </summary>
    private static RatingMatrix RandomRatings(int users, int items, int ratingsPerUser, int seed)
    {
        var random = new Random(seed);
        var ratings = new List<Rating>();
        for (int user = 1; user <= users; user++)
        {
            foreach (int movie in Enumerable.Range(1, items).OrderBy(_ => random.Next()).Take(ratingsPerUser))
            {
                ratings.Add(new Rating(user, movie, random.Next(1, 11) / 2.0, 0));
            }
        }

        return RatingMatrix.Build(ratings, Enumerable.Range(1, items + 2));
    }
}
