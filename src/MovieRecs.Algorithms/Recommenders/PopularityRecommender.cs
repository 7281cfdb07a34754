namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// The non-personalized baseline: every user gets the same list, ranked by rating count or by
/// Bayesian average rating, minus the movies they rated.
/// </summary>
/// <remarks>
/// The Bayesian average of a movie with n ratings summing to s is (C m + s) / (C + n), where m is
/// the global mean rating and C the prior weight: a movie needs about C ratings before its own mean
/// outweighs the global one. Rating predictions are this average for every ranking mode.
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
