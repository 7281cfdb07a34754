using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Features;
using MovieRecs.Algorithms.Recommenders;
using Xunit.Abstractions;

namespace MovieRecs.Algorithms.Tests.Recommenders;

/// <summary>
/// Re-runs the validation behind the content model's defaults: each variant is fitted on a
/// temporal holdout carved out of the training part of ml-latest-small's temporal holdout and
/// scored on that validation part, never on the test part.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ContentValidationTests(ITestOutputHelper output)
{
    // Two variants closer than this in RMSE count as tied.
    private const double RmseTie = 0.0005;

    private static readonly ContentFeatureOptions Features = new();

    public static TheoryData<string, ContentBasedOptions> Variants => new()
    {
        { "raw tf", new() { Features = Features with { SublinearTagFrequency = false } } },
        { "decade one-hot", new() { Features = Features with { YearEncoding = ReleaseYearEncoding.Decade } } },
        { "genres only", new() { Features = Features with { TagWeight = 0, YearWeight = 0 } } },
        { "no tags", new() { Features = Features with { TagWeight = 0 } } },
        { "no year", new() { Features = Features with { YearWeight = 0 } } },
        { "tag weight 0.5", new() { Features = Features with { TagWeight = 0.5 } } },
        { "year weight 0.5", new() { Features = Features with { YearWeight = 0.5 } } },
        { "year weight 2", new() { Features = Features with { YearWeight = 2 } } },
        { "tags on one movie kept", new() { Features = Features with { MinTagMovies = 1 } } },
        { "20 neighbors", new() { MaxNeighbors = 20 } },
        { "80 neighbors", new() { MaxNeighbors = 80 } },
    };

    private static readonly Lazy<(MovieLensDataset Dataset, TrainTestSplit Validation)> Split = new(() =>
    {
        MovieLensDataset dataset = MovieLensLoader.Load(RequiresDataFactAttribute.DataDirectory);
        TrainTestSplit outer = DataSplitter.TemporalHoldout(dataset.Ratings);
        return (dataset, DataSplitter.TemporalHoldout(outer.Train));
    });

    private static readonly Lazy<ModelEvaluation> Default = new(() => Evaluate(new ContentBasedOptions()));

    [RequiresDataTheory]
    [MemberData(nameof(Variants))]
    public void Validate_Variant_IsNoBetterThanDefault(string variant, ContentBasedOptions options)
    {
        ModelEvaluation shipped = Default.Value;

        ModelEvaluation other = Evaluate(options);

        output.WriteLine(Row("default", shipped));
        output.WriteLine(Row(variant, other));
        Assert.True(
            shipped.Rmse!.Value <= other.Rmse!.Value + RmseTie,
            $"Variant '{variant}' has validation RMSE {other.Rmse:F4}, below the default's {shipped.Rmse:F4}.");
    }

    [RequiresDataFact]
    public void Validate_LikedProfile_RanksBetterThanCentred()
    {
        ModelEvaluation liked = Default.Value;

        ModelEvaluation centred = Evaluate(new ContentBasedOptions { Profile = ContentProfileKind.RatingCentred });

        output.WriteLine(Row("liked profile", liked));
        output.WriteLine(Row("rating-centred profile", centred));
        Assert.True(liked.NdcgAtK > centred.NdcgAtK);
    }

    private static ModelEvaluation Evaluate(ContentBasedOptions options)
    {
        (MovieLensDataset dataset, TrainTestSplit validation) = Split.Value;
        return new Evaluator().Evaluate(
            new ContentBasedRecommender(options),
            validation,
            dataset.Movies,
            new EvaluationOptions(),
            dataset.Tags);
    }

    private static string Row(string label, ModelEvaluation evaluation) => string.Create(
        CultureInfo.InvariantCulture,
        $"{label}: RMSE {evaluation.Rmse:F4}, P@10 {evaluation.PrecisionAtK:F4}, nDCG@10 {evaluation.NdcgAtK:F4}");
}
