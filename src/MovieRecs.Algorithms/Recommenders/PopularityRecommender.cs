namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// The non-personalized baseline: every user gets the same list, ranked by rating count or by
/// Bayesian average rating, minus the movies they rated.
/// </summary>
/// <remarks>
/// The Bayesian average of a movie with n ratings summing to s is (C m + s) / (C + n), where m is
/// the global mean rating and C the prior weight: a movie needs about C ratings before its own mean
/// outweighs the global one. Rating predictions are this average for every ranking mode.
/// Explanations give the rating count for <see cref="PopularityRanking.MostRated"/>. For
/// <see cref="PopularityRanking.BayesianAverage"/> they split the average into the movie's own
/// share s / (C + n) and the prior's share C m / (C + n).
/// </remarks>
public sealed class PopularityRecommender(PopularityRanking ranking = PopularityRanking.MostRated, double? priorWeight = null)
    : RecommenderBase
{
    private double[] _bayesianAverages = [];

    /// <inheritdoc />
    public override string Name => ranking == PopularityRanking.MostRated ? "popularity" : "top-rated";

    /// <inheritdoc />
    public override string ScoreDescription =>
        ranking == PopularityRanking.MostRated ? "number of ratings" : "Bayesian average rating";

    /// <summary>The ranking mode.</summary>
    public PopularityRanking Ranking => ranking;

    /// <summary>
    /// The prior weight C of the fit: the value given, or else the mean number of ratings per rated movie.
    /// </summary>
    public double PriorWeight { get; private set; }

    /// <inheritdoc />
    protected override void FitCore(TrainingData data)
    {
        if (priorWeight is double given)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(given, nameof(priorWeight));
        }

        var matrix = data.Ratings;
        int ratedItems = Enumerable.Range(0, matrix.Items.Count).Count(item => matrix.ItemRatingCount(item) > 0);
        PriorWeight = priorWeight ?? (ratedItems == 0 ? 0 : (double)matrix.RatingCount / ratedItems);

        _bayesianAverages = new double[matrix.Items.Count];
        for (int item = 0; item < matrix.Items.Count; item++)
        {
            double sum = 0;
            foreach (double value in matrix.ByItem.RowValues(item))
            {
                sum += value;
            }

            int count = matrix.ItemRatingCount(item);
            double weight = PriorWeight + count;
            _bayesianAverages[item] = weight == 0 ? matrix.GlobalMean : ((PriorWeight * matrix.GlobalMean) + sum) / weight;
        }
    }

    /// <inheritdoc />
    protected override double? PredictCore(UserProfile user, int itemIndex) => _bayesianAverages[itemIndex];

    /// <inheritdoc />
    protected override Explanation? ExplainCore(UserProfile user, int itemIndex, int maxContributions)
    {
        var matrix = Data.Ratings;
        int movieId = matrix.Items.GetId(itemIndex);
        int count = matrix.ItemRatingCount(itemIndex);
        var contributions = new ContributionList();
        if (ranking == PopularityRanking.MostRated)
        {
            contributions.Add(ContributionKind.Popularity, ContributionLabels.RatingCount, count, movieId);
            return contributions.ToExplanation(movieId, count, maxContributions);
        }

        double sum = 0;
        foreach (double value in matrix.ByItem.RowValues(itemIndex))
        {
            sum += value;
        }

        double weight = PriorWeight + count;
        if (weight == 0)
        {
            // No prior and no rating: the average falls back to the global mean, as in the fit.
            contributions.Add(ContributionKind.Bias, ContributionList.GlobalMeanLabel, matrix.GlobalMean);
        }
        else
        {
            string own = count == 0
                ? "no ratings of its own"
                : $"{count} ratings averaging {ContributionList.Format(sum / count, "0.00")}";
            contributions.Add(ContributionKind.Popularity, own, sum / weight, movieId);
            string prior = $"global mean {ContributionList.Format(matrix.GlobalMean, "0.00")} "
                + $"as a prior worth {ContributionList.Format(PriorWeight, "0.#")} ratings";
            contributions.Add(ContributionKind.Bias, prior, PriorWeight * matrix.GlobalMean / weight);
        }

        return contributions.ToExplanation(movieId, _bayesianAverages[itemIndex], maxContributions);
    }

    /// <inheritdoc />
    protected override IEnumerable<(int ItemIndex, double Score)> ScoreCandidates(
        UserProfile user,
        IReadOnlySet<int> ratedItems)
    {
        var matrix = Data.Ratings;
        for (int item = 0; item < matrix.Items.Count; item++)
        {
            double score = ranking == PopularityRanking.MostRated ? matrix.ItemRatingCount(item) : _bayesianAverages[item];
            yield return (item, score);
        }
    }
}
