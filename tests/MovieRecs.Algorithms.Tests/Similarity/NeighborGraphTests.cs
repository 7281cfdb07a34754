using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Tests.Recommenders;

namespace MovieRecs.Algorithms.Tests.Similarity;

public class NeighborGraphTests
{
    [Theory]
    [InlineData(SimilarityMetric.Cosine, 1)]
    [InlineData(SimilarityMetric.Cosine, 3)]
    [InlineData(SimilarityMetric.Pearson, 2)]
    [InlineData(SimilarityMetric.Pearson, 6)]
    public void FromShards_AnyShardCount_EqualsWholeBuild(SimilarityMetric metric, int shardCount)
    {
        TrainingData data = SmallRatings.Training();
        var builder = new ItemSimilarityBuilder(data.Ratings, new ItemSimilarityOptions { Metric = metric, MaxStoredNeighbors = 2 });

        NeighborGraph whole = NeighborGraph.Build(builder);
        NeighborGraph sharded = NeighborGraph.FromShards(
            builder.ItemCount,
            builder.PlanShards(shardCount).Select(shard => (shard.Start, builder.BuildShard(shard.Start, shard.End))));

        for (int item = 0; item < builder.ItemCount; item++)
        {
            Assert.Equal(whole.NeighborsOf(item), sharded.NeighborsOf(item));
        }
    }

    [Fact]
    public void Build_TruncatedLists_AreSymmetric()
    {
        TrainingData data = SmallRatings.Training();
        var builder = new ItemSimilarityBuilder(data.Ratings, new ItemSimilarityOptions { MaxStoredNeighbors = 1 });

        NeighborGraph graph = NeighborGraph.Build(builder);

        for (int item = 0; item < graph.ItemCount; item++)
        {
            foreach (Neighbor neighbor in graph.NeighborsOf(item))
            {
                Assert.Contains(graph.NeighborsOf(neighbor.Index), back => back.Index == item && back.Similarity == neighbor.Similarity);
            }
        }
    }

    [Fact]
    public void Build_UnratedMovie_HasNoNeighbors()
    {
        TrainingData data = SmallRatings.Training();
        var builder = new ItemSimilarityBuilder(data.Ratings, new ItemSimilarityOptions());
        data.Ratings.Items.TryGetIndex(60, out int unrated);

        NeighborGraph graph = NeighborGraph.Build(builder);

        Assert.Empty(graph.NeighborsOf(unrated));
    }

    [Fact]
    public void Build_PearsonNeighbors_AreAllDefinedAndPositive()
    {
        TrainingData data = SmallRatings.Training();
        var builder = new ItemSimilarityBuilder(data.Ratings, new ItemSimilarityOptions { Metric = SimilarityMetric.Pearson });

        NeighborGraph graph = NeighborGraph.Build(builder);

        for (int item = 0; item < graph.ItemCount; item++)
        {
            Assert.All(graph.NeighborsOf(item), neighbor => Assert.InRange(neighbor.Similarity, double.Epsilon, 1.0));
        }
    }

    [Fact]
    public void BuildShard_MatchesPairwiseFunctions()
    {
        TrainingData data = SmallRatings.Training();
        var matrix = data.Ratings.ByItem;
        var builder = new ItemSimilarityBuilder(data.Ratings, new ItemSimilarityOptions { Metric = SimilarityMetric.Pearson });

        Neighbor[][] lists = builder.BuildShard(0, builder.ItemCount);

        for (int item = 0; item < builder.ItemCount; item++)
        {
            foreach (Neighbor neighbor in lists[item])
            {
                double? pairwise = VectorSimilarity.Pearson(
                    matrix.RowIndices(item), matrix.RowValues(item), matrix.RowIndices(neighbor.Index), matrix.RowValues(neighbor.Index));
                Assert.Equal(pairwise!.Value, neighbor.Similarity, 12);
            }
        }
    }

    [Fact]
    public void FromShards_MissingItem_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => NeighborGraph.FromShards(3, [(0, new Neighbor[2][] { [], [] })]));

        Assert.Contains("item index 2", exception.Message, StringComparison.Ordinal);
    }
}
