using System.Runtime.CompilerServices;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Factorization;

/// <summary>
/// Biased matrix factorization fitted by stochastic gradient descent: predicts
/// mu + b(u) + b(i) + p(u) . q(i) and ranks a user's unrated movies by that prediction.
/// </summary>
/// <remarks>
/// <para>
/// The model is the biased factorization of Koren, Bell and Volinsky, "Matrix factorization
/// techniques for recommender systems" (IEEE Computer, 2009). Each epoch visits the training
/// ratings in a new shuffled order and, with e = r(u,i) - prediction, updates
/// b(u) += gamma (e - lambda b(u)), b(i) += gamma (e - lambda b(i)),
/// p(u) += gamma (e q(i) - lambda p(u)) and q(i) += gamma (e p(u) - lambda q(i)), as the Surprise
/// library's <c>SVD</c> does (surprise/prediction_algorithms/matrix_factorization.pyx). Biases
/// start at 0, factors from a seeded normal draw, and the shuffles come from the same seeded
/// <see cref="Random"/>. The fit is single-threaded, so the same options and training data give
/// identical predictions on every run of the same .NET runtime.
/// </para>
/// <para>
/// Requests fold the profile in: b(u) and p(u) are solved from the profile's ratings with the
/// movie biases and factors fixed, minimizing
/// sum over rated movies of (r - mu - b(i) - b(u) - p(u) . q(i))^2 + lambda n (b(u)^2 + |p(u)|^2),
/// the user's part of the training objective. Here n is the number of profile ratings on movies
/// of the fitted matrix, because SGD applies the penalty once per rating. This is one
/// alternating-least-squares half step, a (factors + 1)-dimensional Cholesky solve, cached per
/// profile instance. For a training user whose profile equals their training ratings it gives
/// slightly different values than the SGD fit, which stops after a fixed number of epochs short
/// of that exact minimum.
/// </para>
/// <para>
/// Movies without training ratings keep b(i) = 0 and q(i) = 0, so they predict mu + b(u) and
/// rating coverage over the catalogue is 100 %. An empty profile predicts mu + b(i).
/// </para>
/// <para>
/// An explanation lists mu, b(u) and b(i), and splits p(u) . q(i) exactly into the profile's
/// rated movies. The fold-in solution is linear in the targets t(j) = r(u,j) - mu - b(j), so
/// p(u) . q(i) = sum over j of t(j) [0, q(i)]^T A^-1 [1, q(j)], with A the fold-in matrix
/// sum over j of [1, q(j)] [1, q(j)]^T + lambda n I.
/// </para>
/// </remarks>
public sealed class BiasedMatrixFactorization(BiasedMatrixFactorizationOptions? options = null) : RecommenderBase
{
    private readonly ConditionalWeakTable<UserProfile, FoldedUser> _foldedUsers = [];
    private SgdParameters? _parameters;
    private double[] _trainingRmseByEpoch = [];

    /// <inheritdoc />
    public override string Name => "biased-mf";

    /// <inheritdoc />
    public override string ScoreDescription =>
        "predicted rating: global mean + user bias + movie bias + p(u) . q(i)";

    /// <summary>The model settings.</summary>
    public BiasedMatrixFactorizationOptions Options { get; } = options ?? new BiasedMatrixFactorizationOptions();

    /// <summary>The training RMSE (unclamped) after each epoch of the last fit; empty before a fit.</summary>
    public IReadOnlyList<double> TrainingRmseByEpoch => _trainingRmseByEpoch;

    /// <summary>The fitted parameters, with the factors of the training users as SGD left them.</summary>
    /// <exception cref="InvalidOperationException">The model has not been fitted.</exception>
    internal SgdParameters Parameters =>
        _parameters ?? throw new InvalidOperationException($"Model '{Name}' has not been fitted; call Fit first.");

    /// <summary>
    /// Solves the bias and factors of a profile with the movie parameters fixed, cached per profile.
    /// </summary>
    internal FoldedUser FoldIn(UserProfile user) => _foldedUsers.GetValue(user, ComputeFoldIn);

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="InvalidOperationException">SGD diverged (a non-finite training error).</exception>
    protected override void FitCore(TrainingData data)
    {
        Options.Validate();
        _parameters = null;
        _trainingRmseByEpoch = [];
        _foldedUsers.Clear();

        RatingMatrix ratings = data.Ratings;
        var random = new Random(Options.Seed);
        SgdParameters parameters = SgdParameters.Initialize(
            ratings,
            Options.Factors,
            Options.InitialStandardDeviation,
            random);
        (int[] users, int[] items, double[] values) = Flatten(ratings.ByUser);
        int[] order = Enumerable.Range(0, values.Length).ToArray();
        var trainingRmse = new double[Options.Epochs];
        for (int epoch = 0; epoch < Options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int position in order)
            {
                parameters.Step(
                    users[position],
                    items[position],
                    values[position],
                    Options.LearningRate,
                    Options.Regularization);
            }

            trainingRmse[epoch] = parameters.TrainingRmse(ratings.ByUser);
            if (!double.IsFinite(trainingRmse[epoch]))
            {
                throw new InvalidOperationException(
                    $"SGD diverged in epoch {epoch + 1}: the training RMSE is {trainingRmse[epoch]}. "
                    + $"Lower LearningRate (now {Options.LearningRate}) "
                    + $"or raise Regularization (now {Options.Regularization}).");
            }
        }

        _trainingRmseByEpoch = trainingRmse;
        _parameters = parameters;
    }

    /// <inheritdoc />
    protected override double? PredictCore(UserProfile user, int itemIndex) => Predict(FoldIn(user), itemIndex);

    /// <inheritdoc />
    protected override Explanation? ExplainCore(UserProfile user, int itemIndex, int maxContributions)
    {
        SgdParameters parameters = Parameters;
        FoldedUser folded = FoldIn(user);
        var contributions = new ContributionList();
        contributions.AddBiases(parameters.GlobalMean, folded.Bias, parameters.ItemBiases[itemIndex]);

        // A movie without learned factors has p(u) . q(i) = 0, so its rated-movie shares are all 0.
        if (folded.KnownRatings > 0 && parameters.ItemRow(itemIndex).IndexOfAnyExcept(0.0) >= 0)
        {
            AddRatedMovieShares(contributions, user, itemIndex);
        }

        double score = contributions.AddClamp(Predict(folded, itemIndex));
        return contributions.ToExplanation(Data.Ratings.Items.GetId(itemIndex), score, maxContributions);
    }

    /// <summary>
    /// Splits p(u) . q(i) into one share per rated movie j. With x = A^-1 b from
    /// <see cref="BuildFoldInSystem"/>, p(u) . q(i) = [0, q(i)] . x = sum over j of
    /// t(j) (z . f(j)) where A z = [0, q(i)], because A is symmetric.
    /// </summary>
    private void AddRatedMovieShares(ContributionList contributions, UserProfile user, int itemIndex)
    {
        SgdParameters parameters = Parameters;
        FoldInSystem system = BuildFoldInSystem(user);
        int size = parameters.Factors + 1;
        var interaction = new double[size];
        parameters.ItemRow(itemIndex).CopyTo(interaction.AsSpan(1));
        var z = new double[size];
        SolveFoldIn(user, system.Gram, interaction, z);

        var features = new double[size];
        features[0] = 1.0;
        for (int position = 0; position < system.Items.Count; position++)
        {
            int item = system.Items[position];
            parameters.ItemRow(item).CopyTo(features.AsSpan(1));
            double share = system.Targets[position] * DenseLinearAlgebra.Dot(z, features);
            contributions.Add(ContributionKind.RatedMovie, MovieTitle(item), share, Data.Ratings.Items.GetId(item));
        }
    }

    /// <inheritdoc />
    protected override IEnumerable<(int ItemIndex, double Score)> ScoreCandidates(
        UserProfile user,
        IReadOnlySet<int> ratedItems)
    {
        FoldedUser folded = FoldIn(user);
        int itemCount = Parameters.ItemBiases.Length;
        for (int item = 0; item < itemCount; item++)
        {
            if (!ratedItems.Contains(item))
            {
                yield return (item, Math.Clamp(Predict(folded, item), 0.5, 5.0));
            }
        }
    }

    private double Predict(FoldedUser folded, int item)
    {
        SgdParameters parameters = Parameters;
        return parameters.GlobalMean
            + folded.Bias
            + parameters.ItemBiases[item]
            + DenseLinearAlgebra.Dot(folded.Factors, parameters.ItemRow(item));
    }

    private FoldedUser ComputeFoldIn(UserProfile user)
    {
        FoldInSystem system = BuildFoldInSystem(user);
        int factors = Parameters.Factors;
        if (system.Items.Count == 0)
        {
            return new FoldedUser(0, new double[factors], 0);
        }

        var solution = new double[factors + 1];
        SolveFoldIn(user, system.Gram, system.Rhs, solution);
        return new FoldedUser(solution[0], solution[1..], system.Items.Count);
    }

    /// <summary>
    /// Builds the fold-in normal equations A x = b of a profile for x = [b(u), p(u)]:
    /// A = sum f(j) f(j)^T + lambda n I and b = sum t(j) f(j), with features f(j) = [1, q(j)] and
    /// targets t(j) = r(u,j) - mu - b(j) over the n rated movies of the fitted matrix.
    /// </summary>
    private FoldInSystem BuildFoldInSystem(UserProfile user)
    {
        SgdParameters parameters = Parameters;
        IdIndexMap itemMap = Data.Ratings.Items;
        int size = parameters.Factors + 1;

        var gram = new double[size * size];
        var rhs = new double[size];
        var features = new double[size];
        features[0] = 1.0;
        var items = new List<int>(user.Ratings.Count);
        var targets = new List<double>(user.Ratings.Count);
        foreach ((int movieId, double value) in user.Ratings)
        {
            if (!itemMap.TryGetIndex(movieId, out int item))
            {
                continue;
            }

            parameters.ItemRow(item).CopyTo(features.AsSpan(1));
            DenseLinearAlgebra.AddLowerOuterProduct(gram, 1.0, features);
            double target = value - parameters.GlobalMean - parameters.ItemBiases[item];
            DenseLinearAlgebra.AddScaled(rhs, target, features);
            items.Add(item);
            targets.Add(target);
        }

        // SGD applies lambda at every rating, so the user's share of the penalty is lambda n.
        double penalty = Options.Regularization * items.Count;
        for (int diagonal = 0; diagonal < size; diagonal++)
        {
            gram[(diagonal * size) + diagonal] += penalty;
        }

        return new FoldInSystem(gram, rhs, items, targets);
    }

    /// <summary>Solves the fold-in system in place; the lower triangle of the matrix is overwritten.</summary>
    private void SolveFoldIn(UserProfile user, double[] gram, double[] rhs, double[] solution)
    {
        if (!DenseLinearAlgebra.TrySolveCholesky(gram, rhs, solution))
        {
            throw new InvalidOperationException(
                $"The fold-in system of user {user.UserId} is not positive definite. "
                + $"Raise Regularization (now {Options.Regularization}).");
        }
    }

    private static (int[] Users, int[] Items, double[] Values) Flatten(CsrMatrix byUser)
    {
        var users = new int[byUser.NonZeroCount];
        var items = new int[byUser.NonZeroCount];
        var values = new double[byUser.NonZeroCount];
        int position = 0;
        for (int user = 0; user < byUser.RowCount; user++)
        {
            ReadOnlySpan<int> rowItems = byUser.RowIndices(user);
            ReadOnlySpan<double> rowValues = byUser.RowValues(user);
            for (int entry = 0; entry < rowItems.Length; entry++, position++)
            {
                users[position] = user;
                items[position] = rowItems[entry];
                values[position] = rowValues[entry];
            }
        }

        return (users, items, values);
    }

    /// <summary>
    /// The fold-in normal equations of a profile (the lower triangle of A and the right-hand side
    /// b), with the rated item indices and their targets in the order they entered the sums.
    /// </summary>
    private sealed record FoldInSystem(double[] Gram, double[] Rhs, List<int> Items, List<double> Targets);
}
