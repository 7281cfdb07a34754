using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Factorization;

/// <summary>
/// Weighted alternating least squares for implicit feedback: treats every rating as an
/// interaction, learns user and movie factors, and ranks a user's unrated movies by the predicted
/// preference x(u) . y(i). It does not predict ratings.
/// </summary>
/// <remarks>
/// <para>
/// The model of Hu, Koren and Volinsky, "Collaborative filtering for implicit feedback datasets"
/// (ICDM 2008) minimizes sum over all user x movie cells of c(u,i) (p(u,i) - x(u) . y(i))^2 +
/// lambda (sum |x(u)|^2 + sum |y(i)|^2), where p(u,i) = 1 for a rated movie and 0 otherwise, and
/// the confidence c(u,i) is 1 for an unrated cell and, for a rating r,
/// 1 + alpha r, 1 + alpha log(1 + r / epsilon) or 1 + alpha (see <see cref="ConfidenceScaling"/>).
/// Each iteration solves every user exactly with the movies fixed, then every movie with the
/// users fixed (see <see cref="ImplicitHalfStep"/>), in parallel over rows. The movie factors
/// start from a seeded normal draw, and a seed gives identical factors on every run whatever the
/// thread count.
/// </para>
/// <para>
/// Requests fold the profile in: x(u) is one user half-step from the profile's ratings with the
/// fitted movie factors, cached per profile instance. For a training user whose profile equals
/// their training ratings it differs slightly from the fitted x(u), which was solved against the
/// movie factors of the previous iteration. Movies without training ratings have y(i) = 0 and are
/// never ranked, and a profile that rates none of the trained movies gets no list.
/// <see cref="IRecommender.PredictRating"/> returns <see langword="null"/> for every movie, since
/// a preference score is not on the rating scale, so rating coverage is 0.
/// </para>
/// <para>
/// An explanation splits the preference exactly into the profile's rated movies: with A the
/// fold-in matrix Y^T Y + Y^T (C(u) - I) Y + lambda I, the share of rated movie j in
/// y(i) . x(u) is c(u,j) y(i)^T A^-1 y(j). So each share is the rating's confidence times a
/// similarity of the two movies that depends on this user's confidences.
/// </para>
/// </remarks>
public sealed class ImplicitAls(ImplicitAlsOptions? options = null) : RecommenderBase
{
    private readonly ConditionalWeakTable<UserProfile, FoldedUser> _foldedUsers = [];
    private double[] _userFactors = [];
    private double[] _itemFactors = [];
    private double[] _itemGram = [];

    /// <inheritdoc />
    public override string Name => "wals";

    /// <inheritdoc />
    public override string ScoreDescription => "predicted preference x(u) . y(i), not a rating";

    /// <summary>The model settings.</summary>
    public ImplicitAlsOptions Options { get; } = options ?? new ImplicitAlsOptions();

    /// <summary>Solves the factors of a profile with the movie factors fixed, cached per profile.</summary>
    internal FoldedUser FoldIn(UserProfile user) => _foldedUsers.GetValue(user, ComputeFoldIn);

    /// <summary>Returns the fitted factors of a training user's row index.</summary>
    internal ReadOnlySpan<double> TrainedUserFactors(int userIndex) =>
        _userFactors.AsSpan(userIndex * Options.Factors, Options.Factors);

    /// <summary>Returns the preference x . y(i) of a user factor vector for an item index.</summary>
    internal double Score(ReadOnlySpan<double> userFactors, int itemIndex) =>
        DenseLinearAlgebra.Dot(userFactors, ItemRow(itemIndex));

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="InvalidOperationException">A least-squares system is not positive definite.</exception>
    protected override void FitCore(TrainingData data)
    {
        Options.Validate();
        _foldedUsers.Clear();

        RatingMatrix ratings = data.Ratings;
        int factorCount = Options.Factors;
        var random = new Random(Options.Seed);
        var itemFactors = new double[ratings.Items.Count * factorCount];
        for (int item = 0; item < ratings.Items.Count; item++)
        {
            if (ratings.ItemRatingCount(item) > 0)
            {
                Span<double> row = itemFactors.AsSpan(item * factorCount, factorCount);
                DenseLinearAlgebra.FillNormal(random, row, Options.InitialStandardDeviation);
            }
        }

        var userFactors = new double[ratings.Users.Count * factorCount];
        for (int iteration = 0; iteration < Options.Iterations; iteration++)
        {
            double[] itemGram = ImplicitHalfStep.Gram(itemFactors, factorCount);
            ImplicitHalfStep.SolveAll(ratings.ByUser, itemFactors, itemGram, userFactors, Options);
            double[] userGram = ImplicitHalfStep.Gram(userFactors, factorCount);
            ImplicitHalfStep.SolveAll(ratings.ByItem, userFactors, userGram, itemFactors, Options);
        }

        _userFactors = userFactors;
        _itemFactors = itemFactors;
        _itemGram = ImplicitHalfStep.Gram(itemFactors, factorCount);
    }

    /// <inheritdoc />
    protected override double? PredictCore(UserProfile user, int itemIndex) => null;

    /// <inheritdoc />
    protected override IEnumerable<(int ItemIndex, double Score)> ScoreCandidates(
        UserProfile user,
        IReadOnlySet<int> ratedItems)
    {
        FoldedUser folded = FoldIn(user);
        if (folded.KnownRatings == 0)
        {
            yield break;
        }

        RatingMatrix ratings = Data.Ratings;
        for (int item = 0; item < ratings.Items.Count; item++)
        {
            if (ratings.ItemRatingCount(item) > 0 && !ratedItems.Contains(item))
            {
                yield return (item, Score(folded.Factors, item));
            }
        }
    }

    /// <inheritdoc />
    protected override Explanation? ExplainCore(UserProfile user, int itemIndex, int maxContributions)
    {
        RatingMatrix ratings = Data.Ratings;
        FoldedUser folded = FoldIn(user);
        if (folded.KnownRatings == 0 || ratings.ItemRatingCount(itemIndex) == 0)
        {
            return null;
        }

        // x(u) = A^-1 sum c(j) y(j), so y(i) . x(u) = sum over j of c(j) (z . y(j)) with A z = y(i),
        // because A is symmetric.
        (List<int> columns, List<double> values) = RatedItems(user);
        int factorCount = Options.Factors;
        var matrix = new double[factorCount * factorCount];
        var rhs = new double[factorCount];
        ImplicitHalfStep.BuildRowSystem(
            CollectionsMarshal.AsSpan(columns),
            CollectionsMarshal.AsSpan(values),
            _itemFactors,
            _itemGram,
            Options,
            matrix,
            rhs);
        var z = new double[factorCount];
        if (!DenseLinearAlgebra.TrySolveCholesky(matrix, ItemRow(itemIndex), z))
        {
            throw NotPositiveDefinite(user);
        }

        var contributions = new ContributionList();
        for (int position = 0; position < columns.Count; position++)
        {
            int item = columns[position];
            double confidence = ImplicitHalfStep.Confidence(Options, values[position]);
            double share = confidence * DenseLinearAlgebra.Dot(z, ItemRow(item));
            contributions.Add(ContributionKind.RatedMovie, MovieTitle(item), share, ratings.Items.GetId(item));
        }

        double score = Score(folded.Factors, itemIndex);
        return contributions.ToExplanation(ratings.Items.GetId(itemIndex), score, maxContributions);
    }

    private FoldedUser ComputeFoldIn(UserProfile user)
    {
        (List<int> columns, List<double> values) = RatedItems(user);
        var factors = new double[Options.Factors];
        if (columns.Count == 0)
        {
            return new FoldedUser(0, factors, 0);
        }

        var workspace = new double[Options.Factors * (Options.Factors + 1)];
        if (!ImplicitHalfStep.TrySolveRow(
            CollectionsMarshal.AsSpan(columns),
            CollectionsMarshal.AsSpan(values),
            _itemFactors,
            _itemGram,
            Options,
            workspace,
            factors))
        {
            throw NotPositiveDefinite(user);
        }

        return new FoldedUser(0, factors, columns.Count);
    }

    /// <summary>Collects the profile's ratings of movies with training ratings, as item indices.</summary>
    private (List<int> Columns, List<double> Values) RatedItems(UserProfile user)
    {
        RatingMatrix ratings = Data.Ratings;
        var columns = new List<int>(user.Ratings.Count);
        var values = new List<double>(user.Ratings.Count);
        foreach ((int movieId, double value) in user.Ratings)
        {
            // Movies unknown to the fit, or without training ratings (y(i) = 0), add nothing.
            if (ratings.Items.TryGetIndex(movieId, out int item) && ratings.ItemRatingCount(item) > 0)
            {
                columns.Add(item);
                values.Add(value);
            }
        }

        return (columns, values);
    }

    private ReadOnlySpan<double> ItemRow(int itemIndex) =>
        _itemFactors.AsSpan(itemIndex * Options.Factors, Options.Factors);

    private InvalidOperationException NotPositiveDefinite(UserProfile user) => new(
        $"The fold-in system of user {user.UserId} is not positive definite. "
        + $"Raise Regularization (now {Options.Regularization}).");
}
