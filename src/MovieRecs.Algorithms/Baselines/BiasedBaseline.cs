using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Baselines;

/// <summary>
/// The bias baseline: predicts mu + b(u) + b(i), the global mean plus regularized user and movie
/// biases (see <see cref="BaselinePredictor"/>), and ranks a user's unrated movies by it.
/// </summary>
/// <remarks>
/// The user bias is computed from the request profile, so ratings posted after the fit count and
/// an unknown user gets a bias too; an empty profile gets b(u) = 0. Every catalogue movie gets a
/// prediction, a movie without training ratings mu + b(u), so rating coverage is 100 %. The top-N
/// order is the movie bias order, the same for every user, because b(u) shifts every score alike.
/// Only scores clamped at 5.0 tie, and those fall back to the shared tie-break. An explanation
/// lists the three terms, plus the clamp when the sum leaves the rating scale.
/// </remarks>
public sealed class BiasedBaseline(BaselineOptions? options = null) : RecommenderBase
{
    private BaselinePredictor? _predictor;

    /// <inheritdoc />
    public override string Name => "baseline";

    /// <inheritdoc />
    public override string ScoreDescription => "predicted rating: global mean + user bias + movie bias";

    /// <summary>The model settings.</summary>
    public BaselineOptions Options { get; } = options ?? new BaselineOptions();

    /// <summary>The fitted biases.</summary>
    /// <exception cref="InvalidOperationException">The model has not been fitted.</exception>
    public BaselinePredictor Predictor =>
        _predictor ?? throw new InvalidOperationException($"Model '{Name}' has not been fitted; call Fit first.");

    /// <inheritdoc />
    protected override void FitCore(TrainingData data)
    {
        _predictor = null;
        _predictor = BaselinePredictor.Fit(data.Ratings, Options);
    }

    /// <inheritdoc />
    protected override double? PredictCore(UserProfile user, int itemIndex) =>
        Predictor.Predict(Predictor.ComputeUserBias(user), itemIndex);

    /// <inheritdoc />
    protected override Explanation? ExplainCore(UserProfile user, int itemIndex, int maxContributions)
    {
        BaselinePredictor predictor = Predictor;
        double userBias = predictor.ComputeUserBias(user);
        var contributions = new ContributionList();
        contributions.AddBiases(predictor.GlobalMean, userBias, predictor.ItemBias(itemIndex));
        double score = contributions.AddClamp(predictor.Predict(userBias, itemIndex));
        return contributions.ToExplanation(Data.Ratings.Items.GetId(itemIndex), score, maxContributions);
    }

    /// <inheritdoc />
    protected override IEnumerable<(int ItemIndex, double Score)> ScoreCandidates(
        UserProfile user,
        IReadOnlySet<int> ratedItems)
    {
        BaselinePredictor predictor = Predictor;
        double userBias = predictor.ComputeUserBias(user);
        for (int item = 0; item < predictor.ItemCount; item++)
        {
            yield return (item, Math.Clamp(predictor.Predict(userBias, item), 0.5, 5.0));
        }
    }
}
