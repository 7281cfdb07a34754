using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Factorization;
using MovieRecs.Algorithms.Recommenders;
using Xunit.Abstractions;

namespace MovieRecs.Algorithms.Tests.Recommenders;

public sealed class HybridTuningTests(ITestOutputHelper output)
{
    [Fact]
    public void Tune_SmallRatings_ScoresEveryCandidate()
    {
        HybridTuningResult result = HybridTuning.Tune(SmallRatings.Training(), () => new BiasedMatrixFactorization());

        Assert.Equal(21, result.CollaborativeWeights.Count);
        Assert.Equal(7, result.MinMovieRatings.Count);
        Assert.Equal(21, result.RankingCollaborativeWeights.Count);
        Assert.Equal(9, result.MinUserRatings.Count);
        Assert.Contains(result.CollaborativeWeights, point => point.Value == result.Chosen.CollaborativeWeight);
        Assert.Contains(result.MinMovieRatings, point => point.Value == result.Chosen.MinMovieRatings);
        Assert.All(result.CollaborativeWeights, point => Assert.True(point.Metric >= 0));
    }

    /// <summary>
    /// Re-runs the validation that chose the shipped defaults, on the training part of the
    /// temporal holdout of ml-latest-small, and prints every candidate's validation metric.
    /// </summary>
    [RequiresDataFact]
    [Trait("Category", "Slow")]
    public void Tune_TemporalHoldoutTrain_PicksShippedDefaults()
    {
        MovieLensDataset dataset = MovieLensLoader.Load(RequiresDataFactAttribute.DataDirectory);
        TrainTestSplit split = DataSplitter.TemporalHoldout(dataset.Ratings);
        var training = new TrainingData(split.Train, dataset.Movies, dataset.Tags);

        HybridTuningResult result = HybridTuning.Tune(training, () => new BiasedMatrixFactorization());

        Print("rating weight, RMSE", result.CollaborativeWeights);
        Print("min movie ratings, RMSE", result.MinMovieRatings);
        Print("ranking weight, nDCG@10", result.RankingCollaborativeWeights);
        Print("min user ratings, RMSE on simulated new users", result.MinUserRatings);
        Assert.Equal(HybridOptions.DefaultCollaborativeWeight, result.Chosen.CollaborativeWeight, 9);
        Assert.Equal(HybridOptions.DefaultMinMovieRatings, result.Chosen.MinMovieRatings);
        Assert.Equal(HybridOptions.DefaultRankingCollaborativeWeight, result.Chosen.RankingCollaborativeWeight, 9);
        Assert.Equal(HybridOptions.DefaultMinUserRatings, result.Chosen.MinUserRatings);
    }

    private void Print(string heading, IReadOnlyList<HybridTuningPoint> points)
    {
        output.WriteLine(heading);
        foreach (HybridTuningPoint point in points)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {point.Value:0.00}: {point.Metric:F4} over {point.Count}"));
        }
    }
}
