using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// A linear blend of two rating models, w a + (1 - w) b, with the weight w learned on a validation
/// split carved out of the training data, never out of any test data.
/// </summary>
/// <remarks>
/// Fit holds out each training user's latest fifth (the temporal holdout), fits both members on
/// the rest, picks the w in {0, 0.05, ..., 1} with the lowest validation RMSE over the ratings both
/// members predict, then refits both members on all training data. So a fit costs about twice the
/// members' fits. Where only one member predicts, its prediction is used alone. Top-N lists rank
/// by the blended prediction. An explanation scales each member's contributions by the member's
/// weight and sums those that name the same evidence.
/// </remarks>
public sealed class BlendedRecommender(string name, Func<IRecommender> createFirst, Func<IRecommender> createSecond)
    : RecommenderBase
{
    private const int WeightSteps = 20;

    private IRecommender? _first;
    private IRecommender? _second;

    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override string ScoreDescription => "blended predicted rating";

    /// <summary>The weight of the first member learned by the last fit, in [0, 1].</summary>
    public double Weight { get; private set; } = 0.5;

    /// <inheritdoc />
    protected override void FitCore(TrainingData data)
    {
        Weight = LearnWeight(data);
        _first = createFirst();
        _second = createSecond();
        _first.Fit(data);
        _second.Fit(data);
    }

    /// <inheritdoc />
    protected override double? PredictCore(UserProfile user, int itemIndex)
    {
        int movieId = Data.Ratings.Items.GetId(itemIndex);
        return Blend(_first!.PredictRating(user, movieId), _second!.PredictRating(user, movieId), Weight);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">
    /// A member predicts the movie but returns no explanation for it.
    /// </exception>
    protected override Explanation? ExplainCore(UserProfile user, int itemIndex, int maxContributions)
    {
        int movieId = Data.Ratings.Items.GetId(itemIndex);
        double? first = _first!.PredictRating(user, movieId);
        double? second = _second!.PredictRating(user, movieId);
        if (Blend(first, second, Weight) is not double score)
        {
            return null;
        }

        // Blend uses a member alone when the other has no prediction.
        double firstScale = second is null ? 1 : Weight;
        double secondScale = first is null ? 1 : 1 - Weight;
        var merged = new Dictionary<(ContributionKind, int?, int?, string?), Contribution>();
        AddScaled(MemberContributions(_first, first, user, movieId), firstScale, merged);
        AddScaled(MemberContributions(_second, second, user, movieId), secondScale, merged);

        var contributions = new ContributionList();
        foreach (Contribution contribution in merged.Values)
        {
            contributions.Add(contribution);
        }

        return contributions.ToExplanation(movieId, score, maxContributions);
    }

    /// <inheritdoc />
    protected override IEnumerable<(int ItemIndex, double Score)> ScoreCandidates(
        UserProfile user,
        IReadOnlySet<int> ratedItems)
    {
        for (int item = 0; item < Data.Ratings.Items.Count; item++)
        {
            if (!ratedItems.Contains(item) && PredictCore(user, item) is double score)
            {
                yield return (item, score);
            }
        }
    }

    private static double? Blend(double? first, double? second, double weight) => (first, second) switch
    {
        (double a, double b) => (weight * a) + ((1 - weight) * b),
        (double a, null) => a,
        (null, double b) => b,
        _ => null,
    };

    /// <summary>Returns every contribution of a member that predicts the movie; none when it does not.</summary>
    private static IReadOnlyList<Contribution> MemberContributions(
        IRecommender member,
        double? prediction,
        UserProfile user,
        int movieId)
    {
        if (prediction is null)
        {
            return [];
        }

        Explanation explanation = member.Explain(user, movieId, int.MaxValue)
            ?? throw new InvalidOperationException(
                $"Member model '{member.Name}' predicts movie {movieId} but does not explain it.");
        return explanation.Contributions;
    }

    /// <summary>
    /// Adds a member's contributions times its scale, summing those that name the same evidence:
    /// the same kind and movie or user id, or for contributions without an id the same kind and label.
    /// </summary>
    private static void AddScaled(
        IReadOnlyList<Contribution> contributions,
        double scale,
        Dictionary<(ContributionKind, int?, int?, string?), Contribution> merged)
    {
        if (scale == 0)
        {
            return;
        }

        foreach (Contribution contribution in contributions)
        {
            string? label = contribution.MovieId is null && contribution.UserId is null ? contribution.Label : null;
            var key = (contribution.Kind, contribution.MovieId, contribution.UserId, label);
            double weight = scale * contribution.Weight;
            if (merged.TryGetValue(key, out Contribution? existing))
            {
                merged[key] = existing with { Weight = existing.Weight + weight };
            }
            else
            {
                merged.Add(key, contribution with { Weight = weight });
            }
        }
    }

    private double LearnWeight(TrainingData data)
    {
        TrainTestSplit validation = DataSplitter.TemporalHoldout(data.RatingList);
        var inner = new TrainingData(validation.Train, data.Movies);
        IRecommender first = createFirst();
        IRecommender second = createSecond();
        first.Fit(inner);
        second.Fit(inner);

        var profiles = validation.Train
            .GroupBy(rating => rating.UserId)
            .ToDictionary(group => group.Key, group => new UserProfile(group.Key, group.Select(rating => KeyValuePair.Create(rating.MovieId, rating.Value))));
        var pairs = new List<(double First, double Second, double Actual)>();
        foreach (Rating rating in validation.Test)
        {
            UserProfile profile = profiles.GetValueOrDefault(rating.UserId) ?? UserProfile.Empty(rating.UserId);
            if (first.PredictRating(profile, rating.MovieId) is double a && second.PredictRating(profile, rating.MovieId) is double b)
            {
                pairs.Add((a, b, rating.Value));
            }
        }

        if (pairs.Count == 0)
        {
            return 0.5;
        }

        double bestWeight = 0.5;
        double bestError = double.MaxValue;
        for (int step = 0; step <= WeightSteps; step++)
        {
            double weight = (double)step / WeightSteps;
            double error = pairs.Sum(pair => Math.Pow((weight * pair.First) + ((1 - weight) * pair.Second) - pair.Actual, 2));
            if (error < bestError)
            {
                bestError = error;
                bestWeight = weight;
            }
        }

        return bestWeight;
    }
}
