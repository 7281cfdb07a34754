using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Baselines;

/// <summary>
/// Fitted baseline estimates b(u, i) = mu + b(u) + b(i): the global mean rating plus a regularized
/// user bias and movie bias, for models that predict deviations from them.
/// </summary>
/// <remarks>
/// <para>
/// Each sweep first solves every movie bias with the user biases fixed, then every user bias with
/// the movie biases fixed:
/// b(i) = sum over raters u of (r(u,i) - mu - b(u)) / (lambda_i + |R(i)|) and
/// b(u) = sum over rated movies i of (r(u,i) - mu - b(i)) / (lambda_u + |R(u)|).
/// This is the alternating least-squares baseline of the Surprise library's <c>BaselineOnly</c>
/// (<c>baseline_als</c> in surprise/prediction_algorithms/optimize_baselines.pyx, whose defaults
/// are lambda_u = 15, lambda_i = 10 and 10 sweeps), started from all biases at 0.
/// </para>
/// <para>
/// A movie with no training rating has b(i) = 0, and a profile that rates no movie of the matrix
/// gets b(u) = 0, so every (user, movie) pair of the catalogue gets an estimate.
/// <see cref="ComputeUserBias"/> applies the user step to a request profile. Because the user
/// step comes last in a sweep, it returns exactly the fitted bias for a training user whose
/// profile equals their training ratings.
/// </para>
/// </remarks>
public sealed class BaselinePredictor
{
    private readonly IdIndexMap _items;
    private readonly double[] _userBiases;
    private readonly double[] _itemBiases;

    private BaselinePredictor(
        IdIndexMap items,
        BaselineOptions options,
        double globalMean,
        double[] userBiases,
        double[] itemBiases)
    {
        _items = items;
        Options = options;
        GlobalMean = globalMean;
        _userBiases = userBiases;
        _itemBiases = itemBiases;
    }

    /// <summary>The settings of the fit.</summary>
    public BaselineOptions Options { get; }

    /// <summary>The mean training rating mu, or 0 when there are no ratings.</summary>
    public double GlobalMean { get; }

    /// <summary>The number of movie biases, equal to the matrix's item count.</summary>
    public int ItemCount => _itemBiases.Length;

    /// <summary>Fits the biases on a rating matrix.</summary>
    /// <param name="ratings">The training ratings.</param>
    /// <param name="options">The settings; <see langword="null"/> takes the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static BaselinePredictor Fit(RatingMatrix ratings, BaselineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        options ??= new BaselineOptions();
        options.Validate();

        double mean = ratings.GlobalMean;
        var userBiases = new double[ratings.Users.Count];
        var itemBiases = new double[ratings.Items.Count];
        for (int sweep = 0; sweep < options.Sweeps; sweep++)
        {
            SolveBiases(ratings.ByItem, mean, userBiases, options.ItemRegularization, itemBiases);
            SolveBiases(ratings.ByUser, mean, itemBiases, options.UserRegularization, userBiases);
        }

        return new BaselinePredictor(ratings.Items, options, mean, userBiases, itemBiases);
    }

    /// <summary>Returns the fitted bias b(i) of an item index.</summary>
    /// <exception cref="IndexOutOfRangeException">The index is outside the matrix's items.</exception>
    public double ItemBias(int itemIndex) => _itemBiases[itemIndex];

    /// <summary>Returns the fitted bias b(u) of a training user's row index.</summary>
    /// <exception cref="IndexOutOfRangeException">The index is outside the matrix's users.</exception>
    public double UserBias(int userIndex) => _userBiases[userIndex];

    /// <summary>
    /// Computes the user bias of a request profile with the fitted movie biases fixed:
    /// sum of (r - mu - b(i)) / (lambda_u + n) over the profile's n ratings of movies in the fitted
    /// matrix. Returns 0 for an empty profile or one that rates no such movie.
    /// </summary>
    public double ComputeUserBias(UserProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);

        double deviation = 0;
        int count = 0;
        foreach ((int movieId, double value) in profile.Ratings)
        {
            if (_items.TryGetIndex(movieId, out int item))
            {
                deviation += value - GlobalMean - _itemBiases[item];
                count++;
            }
        }

        return count == 0 ? 0 : deviation / (Options.UserRegularization + count);
    }

    /// <summary>Returns the baseline estimate mu + b(u) + b(i), unclamped, for a user bias and an item index.</summary>
    /// <exception cref="IndexOutOfRangeException">The index is outside the matrix's items.</exception>
    public double Predict(double userBias, int itemIndex) => GlobalMean + userBias + _itemBiases[itemIndex];

    /// <summary>
    /// Solves one side's biases with the other side fixed, one row of <paramref name="rows"/> per
    /// solved bias and one column per fixed bias.
    /// </summary>
    private static void SolveBiases(
        CsrMatrix rows,
        double mean,
        double[] fixedBiases,
        double regularization,
        double[] solved)
    {
        for (int row = 0; row < rows.RowCount; row++)
        {
            ReadOnlySpan<int> columns = rows.RowIndices(row);
            ReadOnlySpan<double> values = rows.RowValues(row);
            double deviation = 0;
            for (int position = 0; position < columns.Length; position++)
            {
                deviation += values[position] - mean - fixedBiases[columns[position]];
            }

            // With no regularization, a row without ratings would divide 0 by 0.
            solved[row] = columns.Length == 0 ? 0 : deviation / (regularization + columns.Length);
        }
    }
}
