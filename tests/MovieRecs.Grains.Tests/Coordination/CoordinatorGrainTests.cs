using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Grains.Tests.Coordination;

[Collection(SyntheticClusterDefinition.Name)]
public sealed class CoordinatorGrainTests(SyntheticClusterFixture fixture)
{
    private ICoordinatorGrain Coordinator => fixture.Client.GetGrain<ICoordinatorGrain>(CoordinatorKeys.Default);

    [Theory]
    [InlineData(ItemSimilarityMetric.Cosine, "item-knn")]
    [InlineData(ItemSimilarityMetric.Pearson, "item-knn-pearson")]
    public async Task SimilarityBuild_Synthetic_MatchesLibraryGraph(ItemSimilarityMetric metric, string model)
    {
        var library = (ItemKnnRecommender)fixture.LibraryModels[model];

        foreach (Movie movie in fixture.Dataset.Movies)
        {
            NeighborList list = await fixture.Client.GetGrain<IItemGrain>(movie.MovieId).GetNeighborsAsync(metric);

            RecommendationAssert.SameNeighbors(library.NeighborsOf(movie.MovieId), list);
        }
    }

    [Theory]
    [InlineData(ItemSimilarityMetric.Cosine)]
    [InlineData(ItemSimilarityMetric.Pearson)]
    public async Task SimilarityBuild_TwoSilos_RunsShardsOnBoth(ItemSimilarityMetric metric)
    {
        SimilarityJobStatus status = await Coordinator.GetSimilarityStatusAsync(metric);

        Assert.Equal(SimilarityJobState.Completed, status.State);
        Assert.Equal(4, status.Shards.Count);
        Assert.Equal(2, status.Shards.Select(shard => shard.Silo).Distinct().Count());
        Assert.Equal(fixture.Dataset.Movies.Count, status.ItemCount);
        Assert.All(status.Shards, shard =>
        {
            Assert.Equal(ShardState.Done, shard.State);
            Assert.Equal(1, shard.Attempts);
        });
    }

    [Theory]
    [InlineData(ItemSimilarityMetric.Cosine)]
    [InlineData(ItemSimilarityMetric.Pearson)]
    public async Task SimilarityBuild_Completed_ClearsStoredShards(ItemSimilarityMetric metric)
    {
        SimilarityJobStatus status = await Coordinator.GetSimilarityStatusAsync(metric);

        foreach (ShardRun shard in status.Shards)
        {
            string key = ShardResultKeys.Of(metric, status.JobVersion, shard.ShardIndex);
            Assert.Null(await fixture.Client.GetGrain<IShardResultGrain>(key).GetAsync());
        }
    }

    [Fact]
    public async Task StartSimilarityJob_Completed_KeepsVersion()
    {
        SimilarityJobStatus before = await Coordinator.GetSimilarityStatusAsync(ItemSimilarityMetric.Pearson);

        SimilarityJobStatus after = await Coordinator.StartSimilarityJobAsync(ItemSimilarityMetric.Pearson);

        Assert.Equal(SimilarityJobState.Completed, after.State);
        Assert.Equal(before.JobVersion, after.JobVersion);
    }

    [Fact]
    public async Task BuildSimilarity_Rebuild_ServesNewVersion()
    {
        SimilarityJobStatus before = await Coordinator.GetSimilarityStatusAsync(ItemSimilarityMetric.Cosine);
        var library = (ItemKnnRecommender)fixture.LibraryModels["item-knn"];

        SimilarityJobStatus after = await Coordinator.BuildSimilarityAsync(ItemSimilarityMetric.Cosine);
        NeighborList list = await fixture.Client.GetGrain<IItemGrain>(2).GetNeighborsAsync(ItemSimilarityMetric.Cosine);
        RecommendationList recommendations =
            await fixture.Client.GetGrain<IUserGrain>(3).GetRecommendationsAsync("item-knn", 5);

        Assert.True(after.ServedVersion > before.ServedVersion);
        Assert.Equal(after.ServedVersion, list.Version);
        RecommendationAssert.SameNeighbors(library.NeighborsOf(2), list);
        RecommendationAssert.SameAsLibrary(library.Recommend(fixture.LibraryProfile(3), 5), recommendations);
    }

    [Fact]
    public async Task GetStatus_AfterBuilds_ReportsReady()
    {
        ServiceStatus status = await Coordinator.GetStatusAsync();

        Assert.True(status.IsReady);
        Assert.Equal(fixture.Dataset.Movies.Count, status.Data.MovieCount);
        Assert.Equal(fixture.Dataset.Ratings.Count, status.Data.RatingCount);
        Assert.Equal(SyntheticDataset.UserCount, status.Data.UserCount);
        Assert.Equal(2, status.Similarity.Count);
    }

    [Fact]
    public async Task RunEvaluation_TwoModels_MatchesLibrary()
    {
        var request = new EvaluationRequest(["popularity", "content"], HoldoutKind.Temporal, K: 5);
        TrainTestSplit split = DataSplitter.TemporalHoldout(fixture.Dataset.Ratings);
        var options = new EvaluationOptions { K = 5, RelevanceThreshold = 4.0, MaxDegreeOfParallelism = 1 };

        EvaluationReport report = await Coordinator.RunEvaluationAsync(request);

        Assert.Equal(["popularity", "content"], report.Results.Select(result => result.Model));
        Assert.Equal(2, report.Results.Select(result => result.Silo).Distinct().Count());
        foreach (ModelEvaluationResult result in report.Results)
        {
            ModelEvaluation expected = new Evaluator().Evaluate(
                RecommenderCatalog.Create(result.Model),
                split,
                fixture.Dataset.Movies,
                options,
                tags: fixture.Dataset.Tags);
            Assert.Equal(expected.Split, result.Split);
            Assert.Equal(expected.Rmse, result.Rmse);
            Assert.Equal(expected.PrecisionAtK, result.PrecisionAtK);
            Assert.Equal(expected.RecallAtK, result.RecallAtK);
            Assert.Equal(expected.TestRatings, result.TestRatings);
            Assert.Equal(expected.NdcgAtK, result.NdcgAtK);
            Assert.Equal(expected.Novelty, result.Novelty);
        }
    }

    [Fact]
    public async Task RunEvaluation_Finished_StoredAsLatest()
    {
        var request = new EvaluationRequest(["top-rated"], HoldoutKind.Temporal, K: 3);

        EvaluationReport report = await Coordinator.RunEvaluationAsync(request);
        EvaluationReport? latest = await Coordinator.GetLatestEvaluationAsync();

        Assert.NotNull(latest);
        Assert.Equal(report.FinishedAt, latest.FinishedAt);
        Assert.NotEqual(default, latest.FinishedAt);
        ModelEvaluationResult result = Assert.Single(latest.Results);
        Assert.Equal("top-rated", result.Model);
        Assert.NotNull(result.Curve);
        Assert.Equal(Enumerable.Range(1, 20), result.Curve.Select(point => point.K));
        Assert.Equal(result.PrecisionAtK, result.Curve[2].Precision);
        Assert.Equal(result.RecallAtK, result.Curve[2].Recall);
    }

    [Fact]
    public async Task RunEvaluation_UnknownModel_Throws()
    {
        var request = new EvaluationRequest(["popularity", "svd"]);

        var exception = await Assert.ThrowsAsync<UnknownModelException>(() => Coordinator.RunEvaluationAsync(request));

        Assert.Equal("svd", exception.Model);
    }
}
