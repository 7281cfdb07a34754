using BenchmarkDotNet.Attributes;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Benchmarks;

/// <summary>
/// One evaluation pass of a model on the temporal holdout, as <c>movierecs evaluate</c> runs it:
/// the training matrices, the fit, and every test user's predictions and top-10 list with the
/// metrics up to 20.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MacroBenchmarkConfig))]
public class EvaluationBenchmarks
{
    private static readonly EvaluationOptions Options = new() { K = 10, MaxK = 20 };

    private TrainTestSplit _split = null!;

    [ParamsSource(nameof(DataSets))]
    public string DataSet { get; set; } = BenchmarkData.MovieLensSmall;

    [ParamsSource(nameof(Models))]
    public string Model { get; set; } = RecommenderCatalog.DefaultModel;

    public static IEnumerable<string> DataSets() => BenchmarkData.DataSetNames();

    public static IEnumerable<string> Models() => BenchmarkData.ModelNames();

    [GlobalSetup]
    public void Setup() => _split = BenchmarkData.TemporalSplit(DataSet);

    [Benchmark]
    public ModelEvaluation Evaluate() => new Evaluator().Evaluate(
        RecommenderCatalog.Create(Model),
        _split,
        BenchmarkData.Load(DataSet).Movies,
        Options,
        BenchmarkData.Load(DataSet).Tags);
}
