using System.Globalization;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// The contributions of one explanation as a model adds them up, and the order every model
/// returns them in. The largest absolute weight comes first. Ties go by kind in declaration
/// order, then by movie id, then by user id, then by label in ordinal order, and a contribution
/// without the id comes before one with it.
/// </summary>
internal sealed class ContributionList
{
    /// <summary>The label of the global mean rating mu.</summary>
    public const string GlobalMeanLabel = "global mean";

    /// <summary>The label of the user bias b(u).</summary>
    public const string UserBiasLabel = "user bias";

    /// <summary>The label of the movie bias b(i).</summary>
    public const string MovieBiasLabel = "movie bias";

    /// <summary>The label of the shift that <see cref="AddClamp"/> records.</summary>
    public const string ClampLabel = "clamp to the 0.5-5.0 rating scale";

    private readonly List<Contribution> _contributions = [];

    /// <summary>The shared order: largest absolute weight first, then the tie-breaks of the class.</summary>
    public static IComparer<Contribution> StrongestFirst { get; } = Comparer<Contribution>.Create(Compare);

    /// <summary>The contributions added so far, in the order they were added.</summary>
    public IReadOnlyList<Contribution> Items => _contributions;

    /// <summary>Adds one contribution.</summary>
    public void Add(
        ContributionKind kind,
        string label,
        double weight,
        int? movieId = null,
        int? userId = null) =>
        _contributions.Add(new Contribution(kind, label, weight, movieId, userId));

    /// <summary>Adds a contribution as it is.</summary>
    public void Add(Contribution contribution) => _contributions.Add(contribution);

    /// <summary>Adds the global mean, user bias and movie bias terms of a baseline estimate.</summary>
    public void AddBiases(double globalMean, double userBias, double movieBias)
    {
        Add(ContributionKind.Bias, GlobalMeanLabel, globalMean);
        Add(ContributionKind.Bias, UserBiasLabel, userBias);
        Add(ContributionKind.Bias, MovieBiasLabel, movieBias);
    }

    /// <summary>
    /// Clamps a rating prediction to 0.5-5.0 and returns it. When the clamp moves the prediction,
    /// adds a <see cref="ContributionKind.Clamp"/> contribution of the difference, so the weights
    /// still add up to the clamped score.
    /// </summary>
    public double AddClamp(double prediction)
    {
        double clamped = Math.Clamp(prediction, 0.5, 5.0);
        if (clamped != prediction)
        {
            Add(ContributionKind.Clamp, ClampLabel, clamped - prediction);
        }

        return clamped;
    }

    /// <summary>
    /// Creates the explanation of a movie from the strongest <paramref name="maxContributions"/>
    /// contributions in the shared order.
    /// </summary>
    public Explanation ToExplanation(int movieId, double score, int maxContributions)
    {
        Contribution[] strongest = _contributions
            .Order(StrongestFirst)
            .Take(maxContributions)
            .ToArray();
        return new Explanation(movieId, score, strongest);
    }

    /// <summary>Formats a number for a label with the invariant culture.</summary>
    public static string Format(double value, string format) =>
        value.ToString(format, CultureInfo.InvariantCulture);

    private static int Compare(Contribution? left, Contribution? right)
    {
        if (ReferenceEquals(left, right))
        {
            return 0;
        }

        if (left is null || right is null)
        {
            return left is null ? 1 : -1;
        }

        int byWeight = Math.Abs(right.Weight).CompareTo(Math.Abs(left.Weight));
        if (byWeight != 0)
        {
            return byWeight;
        }

        int byKind = left.Kind.CompareTo(right.Kind);
        if (byKind != 0)
        {
            return byKind;
        }

        // Nullable.Compare puts null below every value, so contributions without the id come first.
        int byMovie = Nullable.Compare(left.MovieId, right.MovieId);
        if (byMovie != 0)
        {
            return byMovie;
        }

        int byUser = Nullable.Compare(left.UserId, right.UserId);
        return byUser != 0 ? byUser : string.CompareOrdinal(left.Label, right.Label);
    }
}
