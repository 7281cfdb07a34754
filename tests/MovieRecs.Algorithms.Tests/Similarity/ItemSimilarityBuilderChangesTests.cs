using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Tests.Similarity;

public class ItemSimilarityBuilderChangesTests
{
    private const int UserCount = 40;
    private const int MovieCount = 60;
    private const int NewUserId = 1_000;
    private const double Tolerance = 1e-12;

    private static readonly int[] Catalogue = Enumerable.Range(1, MovieCount).ToArray();

    public static TheoryData<SimilarityMetric, int, double, double> Settings() => new()
    {
        // Metric, MinCoRatings, Shrinkage, MinSimilarity.
        { SimilarityMetric.Cosine, 1, 0, 0 },
        { SimilarityMetric.Cosine, 3, 25, 0.05 },
        { SimilarityMetric.Pearson, 2, 0, -1 },
        { SimilarityMetric.Pearson, 4, 10, 0 },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void BuildRowsWithChanges_AllCandidatesKept_EqualsFullBuildOnChangedRatings(
        SimilarityMetric metric,
        int minCoRatings,
        double shrinkage,
        double minSimilarity)
    {
        var options = new ItemSimilarityOptions
        {
            Metric = metric,
            MaxStoredNeighbors = MovieCount,
            MinCoRatings = minCoRatings,
            Shrinkage = shrinkage,
            MinSimilarity = minSimilarity,
        };
        List<Rating> before = RandomRatings(seed: 5);
        (Dictionary<int, IReadOnlyDictionary<int, double>> changes, List<Rating> after) = Change(before);
        var builder = new ItemSimilarityBuilder(RatingMatrix.Build(before, Catalogue), options);
        var full = new ItemSimilarityBuilder(RatingMatrix.Build(after, Catalogue), options);
        int[] items = Enumerable.Range(0, builder.ItemCount).ToArray();

        Neighbor[][] rows = builder.BuildRowsWithChanges(items, changes);
        Neighbor[][] expected = full.BuildShard(0, full.ItemCount);

        Assert.Equal(expected.Length, rows.Length);
        for (int item = 0; item < rows.Length; item++)
        {
            Dictionary<int, double> actual = rows[item].ToDictionary(neighbor => neighbor.Index, neighbor => neighbor.Similarity);
            Assert.Equal(expected[item].Select(neighbor => neighbor.Index).Order(), actual.Keys.Order());
            foreach (Neighbor neighbor in expected[item])
            {
                Assert.Equal(neighbor.Similarity, actual[neighbor.Index], Tolerance);
            }
        }
    }

    [Theory]
    [InlineData(SimilarityMetric.Cosine)]
    [InlineData(SimilarityMetric.Pearson)]
    public void BuildRowsWithChanges_FewNeighborsKept_KeepsTheStrongestOfTheFullBuild(SimilarityMetric metric)
    {
        var options = new ItemSimilarityOptions { Metric = metric, MaxStoredNeighbors = 5, MinCoRatings = 2 };
        List<Rating> before = RandomRatings(seed: 9);
        (Dictionary<int, IReadOnlyDictionary<int, double>> changes, List<Rating> after) = Change(before);
        var builder = new ItemSimilarityBuilder(RatingMatrix.Build(before, Catalogue), options);
        var full = new ItemSimilarityBuilder(RatingMatrix.Build(after, Catalogue), options);
        int[] items = [0, 7, 19, 33, 59];

        Neighbor[][] rows = builder.BuildRowsWithChanges(items, changes);

        for (int position = 0; position < items.Length; position++)
        {
            Neighbor[] expected = full.BuildShard(items[position], items[position] + 1)[0];
            Assert.Equal(expected.Length, rows[position].Length);
            for (int rank = 0; rank < expected.Length; rank++)
            {
                Assert.Equal(expected[rank].Similarity, rows[position][rank].Similarity, Tolerance);
            }
        }
    }

    [Fact]
    public void BuildRowsWithChanges_NoChanges_EqualsBuildShard()
    {
        var options = new ItemSimilarityOptions { Metric = SimilarityMetric.Cosine, MaxStoredNeighbors = 10 };
        var builder = new ItemSimilarityBuilder(RatingMatrix.Build(RandomRatings(seed: 3), Catalogue), options);

        Neighbor[][] rows = builder.BuildRowsWithChanges([4, 5, 6], new Dictionary<int, IReadOnlyDictionary<int, double>>());

        Assert.Equal(builder.BuildShard(4, 7), rows);
    }

    [Theory]
    [InlineData(SimilarityMetric.AdjustedCosine)]
    [InlineData(SimilarityMetric.PearsonBaseline)]
    public void BuildRowsWithChanges_CentredMetric_Throws(SimilarityMetric metric)
    {
        var builder = new ItemSimilarityBuilder(
            RatingMatrix.Build(RandomRatings(seed: 3), Catalogue),
            new ItemSimilarityOptions { Metric = metric });

        var thrown = Assert.Throws<NotSupportedException>(
            () => builder.BuildRowsWithChanges([0], new Dictionary<int, IReadOnlyDictionary<int, double>>()));

        Assert.Contains("Run a full build instead", thrown.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// User 1 changes a rating, user 2 deletes one, user 3 adds two (one of a movie outside the
    /// catalogue, which the rows ignore), and a new user rates ten movies.
    /// </summary>
    private static (Dictionary<int, IReadOnlyDictionary<int, double>> Changes, List<Rating> After) Change(
        List<Rating> before)
    {
        var profiles = before
            .GroupBy(rating => rating.UserId)
            .ToDictionary(group => group.Key, group => group.ToDictionary(rating => rating.MovieId, rating => rating.Value));
        int changedMovie = profiles[1].Keys.Min();
        profiles[1][changedMovie] = profiles[1][changedMovie] >= 3 ? 0.5 : 5.0;
        profiles[2].Remove(profiles[2].Keys.Max());
        int added = Catalogue.First(movie => !profiles[3].ContainsKey(movie));
        profiles[3][added] = 4.5;
        profiles[3][MovieCount + 500] = 3.0;
        profiles[NewUserId] = Enumerable.Range(1, 10).ToDictionary(movie => movie * 5, movie => 0.5 * (1 + (movie % 10)));

        var changes = new Dictionary<int, IReadOnlyDictionary<int, double>>();
        foreach (int user in new[] { 1, 2, 3, NewUserId })
        {
            changes[user] = profiles[user];
        }

        List<Rating> after = profiles
            .SelectMany(profile => profile.Value
                .Where(rating => rating.Key <= MovieCount)
                .Select(rating => new Rating(profile.Key, rating.Key, rating.Value, 0)))
            .ToList();
        return (changes, after);
    }

    private static List<Rating> RandomRatings(int seed)
    {
        var random = new Random(seed);
        var ratings = new List<Rating>();
        for (int user = 1; user <= UserCount; user++)
        {
            foreach (int movie in Catalogue.OrderBy(_ => random.Next()).Take(25))
            {
                ratings.Add(new Rating(user, movie, 0.5 * random.Next(1, 11), 0));
            }
        }

        return ratings;
    }
}
