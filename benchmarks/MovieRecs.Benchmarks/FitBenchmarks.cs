using BenchmarkDotNet.Attributes;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Benchmarks;

/// <summary>
/// Each catalogue model's fit on the training part of the temporal holdout. The training matrices
/// are built once in the setup, so the time is the model's own work.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MacroBenchmarkConfig))]
public class FitBenchmarks
{
    private TrainingData _training = null!;

    [ParamsSource(nameof(DataSets))]
    public string DataSet { get; set; } = BenchmarkData.MovieLensSmall;

    [ParamsSource(nameof(Models))]
    public string Model { get; set; } = RecommenderCatalog.DefaultModel;

    public static IEnumerable<string> DataSets() => BenchmarkData.DataSetNames();

    public static IEnumerable<string> Models() => BenchmarkData.ModelNames();

    [GlobalSetup]
    public void Setup()
    {
        TrainTestSplit split = BenchmarkData.TemporalSplit(DataSet);
        MovieLensDataset dataset = BenchmarkData.Load(DataSet);
        _training = new TrainingData(split.Train, dataset.Movies, dataset.Tags);
    }

    [Benchmark]
    public IRecommender Fit()
    {
        IRecommender model = RecommenderCatalog.Create(Model);
        model.Fit(_training);
        return model;
    }
}
