using BenchmarkDotNet.Attributes;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Benchmarks;

/// <summary>
/// One user's top-10 from a fitted model. The user is the test user of the temporal holdout with
/// the median number of training ratings, so the profile is typical rather than extreme.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MicroBenchmarkConfig))]
public class TopNBenchmarks
{
    private IRecommender _model = null!;
    private UserProfile _profile = null!;

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
        _model = RecommenderCatalog.Create(Model);
        MovieLensDataset dataset = BenchmarkData.Load(DataSet);
        _model.Fit(new TrainingData(split.Train, dataset.Movies, dataset.Tags));

        var testUsers = split.Test.Select(rating => rating.UserId).ToHashSet();
        Rating[][] profiles = split.Train
            .Where(rating => testUsers.Contains(rating.UserId))
            .GroupBy(rating => rating.UserId)
            .Select(group => group.ToArray())
            .OrderBy(ratings => ratings.Length)
            .ThenBy(ratings => ratings[0].UserId)
            .ToArray();
        Rating[] median = profiles[profiles.Length / 2];
        _profile = new UserProfile(median[0].UserId, median.Select(rating => KeyValuePair.Create(rating.MovieId, rating.Value)));
    }

    [Benchmark]
    public int RecommendTop10() => _model.Recommend(_profile, 10).Count;
}
