using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tests.Evaluation;

/// <summary>
/// Guards the accuracy recorded in docs/evaluation.md: every model, re-evaluated on the temporal
/// holdout of ml-latest-small, must stay within a small tolerance of its recorded figures.
/// </summary>
[Trait("Category", "Slow")]
public sealed class RecordedAccuracyTests
{
    // Every model is seeded and deterministic; the tolerance only absorbs floating-point
    // differences between processors and runtime versions.
    private const double Tolerance = 0.002;

    private static readonly Lazy<(MovieLensDataset Dataset, TrainTestSplit Split)> Holdout = new(() =>
    {
        MovieLensDataset dataset = MovieLensLoader.Load(RequiresDataFactAttribute.DataDirectory);
        return (dataset, DataSplitter.TemporalHoldout(dataset.Ratings));
    });

    [RequiresDataTheory]
    [InlineData("popularity", 1.0049, 0.0562)]
    [InlineData("top-rated", 1.0049, 0.0421)]
    [InlineData("baseline", 0.8930, 0.0113)]
    [InlineData("content", 0.9178, 0.0068)]
    [InlineData("user-knn", 0.9189, 0.0215)]
    [InlineData("user-knn-pearson", 0.9206, 0.0186)]
    [InlineData("item-knn", 0.9152, 0.0142)]
    [InlineData("item-knn-pearson", 0.9353, 0.0095)]
    [InlineData("item-knn-baseline", 0.8800, 0.0118)]
    [InlineData("biased-mf", 0.8841, 0.0146)]
    [InlineData("wals", double.NaN, 0.0780)]
    [InlineData("blend", 0.8747, 0.0105)]
    [InlineData("hybrid", 0.8635, 0.0162)]
    public void Evaluate_TemporalHoldout_MatchesRecordedFigures(string model, double recordedRmse, double recordedPrecision)
    {
        (MovieLensDataset dataset, TrainTestSplit split) = Holdout.Value;

        ModelEvaluation result = new Evaluator().Evaluate(
            RecommenderCatalog.Create(model),
            split,
            dataset.Movies,
            new EvaluationOptions(),
            dataset.Tags);

        Assert.Equal(recordedPrecision, result.PrecisionAtK, Tolerance);
        if (double.IsNaN(recordedRmse))
        {
            Assert.Null(result.Rmse);
        }
        else
        {
            Assert.Equal(recordedRmse, result.Rmse!.Value, Tolerance);
        }
    }
}
