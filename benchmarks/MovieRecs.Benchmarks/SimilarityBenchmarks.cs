using BenchmarkDotNet.Attributes;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Benchmarks;

/// <summary>The all-pairs item-item cosine build with 100 neighbors kept per movie, as the gateway runs it.</summary>
[MemoryDiagnoser]
[Config(typeof(MacroBenchmarkConfig))]
public class SimilarityBenchmarks
{
    private ItemSimilarityBuilder _builder = null!;

    [ParamsSource(nameof(DataSets))]
    public string DataSet { get; set; } = BenchmarkData.MovieLensSmall;

    public static IEnumerable<string> DataSets() => BenchmarkData.DataSetNames();

    [GlobalSetup]
    public void Setup()
    {
        MovieLensDataset dataset = BenchmarkData.Load(DataSet);
        var matrix = RatingMatrix.Build(dataset.Ratings, dataset.Movies.Select(movie => movie.MovieId));
        _builder = new ItemSimilarityBuilder(
            matrix,
            new ItemSimilarityOptions { Metric = SimilarityMetric.Cosine, MaxStoredNeighbors = 100 });
    }

    [Benchmark]
    public long BuildItemCosine() => NeighborGraph.Build(_builder).EntryCount;
}
