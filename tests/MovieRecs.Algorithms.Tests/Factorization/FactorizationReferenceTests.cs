using MovieRecs.Algorithms.Baselines;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Factorization;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tests.Factorization;

[Trait("Category", "Slow")]
public class FactorizationReferenceTests
{
    [RequiresDataFact]
    public void TemporalHoldout_DefaultModels_BeatTheirBaselines()
    {
        MovieLensDataset dataset = MovieLensLoader.Load(RequiresDataFactAttribute.DataDirectory);
        TrainTestSplit split = DataSplitter.TemporalHoldout(dataset.Ratings);
        var evaluator = new Evaluator();
        var options = new EvaluationOptions();

        ModelEvaluation Evaluate(IRecommender model) => evaluator.Evaluate(model, split, dataset.Movies, options);
        ModelEvaluation baseline = Evaluate(new BiasedBaseline());
        ModelEvaluation factorization = Evaluate(new BiasedMatrixFactorization());
        ModelEvaluation popularity = Evaluate(new PopularityRecommender());
        ModelEvaluation implicitAls = Evaluate(new ImplicitAls());

        // Measured with the defaults on ml-latest-small: baseline 0.8930, biased-mf 0.8819,
        // popularity Precision@10 0.0562, wals 0.0780. The bounds leave room for other runtimes.
        Assert.Equal(1.0, baseline.Coverage);
        Assert.Equal(1.0, factorization.Coverage);
        Assert.InRange(baseline.Rmse!.Value, 0.85, 0.91);
        Assert.InRange(factorization.Rmse!.Value, 0.85, 0.89);
        Assert.True(
            factorization.Rmse < baseline.Rmse,
            $"biased-mf RMSE {factorization.Rmse} is not below baseline {baseline.Rmse}.");
        Assert.Equal(0.0, implicitAls.Coverage);
        Assert.True(
            implicitAls.PrecisionAtK > popularity.PrecisionAtK + 0.01,
            $"wals Precision@10 {implicitAls.PrecisionAtK} does not beat "
            + $"popularity {popularity.PrecisionAtK} by 0.01.");
    }
}
