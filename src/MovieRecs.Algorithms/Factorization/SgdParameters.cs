using System.Numerics;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Factorization;

/// <summary>
/// The parameters of a biased matrix factorization r(u,i) ~ mu + b(u) + b(i) + p(u) . q(i), with
/// the factors stored row-major (one row of <see cref="Factors"/> values per user or item), and
/// the SGD step that updates them.
/// </summary>
internal sealed class SgdParameters
{
    public SgdParameters(
        double globalMean,
        double[] userBiases,
        double[] itemBiases,
        double[] userFactors,
        double[] itemFactors,
        int factors)
    {
        GlobalMean = globalMean;
        UserBiases = userBiases;
        ItemBiases = itemBiases;
        UserFactors = userFactors;
        ItemFactors = itemFactors;
        Factors = factors;
    }

    public double GlobalMean { get; }

    public double[] UserBiases { get; }

    public double[] ItemBiases { get; }

    public double[] UserFactors { get; }

    public double[] ItemFactors { get; }

    public int Factors { get; }

    /// <summary>
    /// Creates zero biases and normal factors for the users and for the items with at least one
    /// rating. Items without ratings keep zero factors, so they predict mu + b(u).
    /// </summary>
    public static SgdParameters Initialize(RatingMatrix ratings, int factors, double standardDeviation, Random random)
    {
        var userFactors = new double[ratings.Users.Count * factors];
        var itemFactors = new double[ratings.Items.Count * factors];
        DenseLinearAlgebra.FillNormal(random, userFactors, standardDeviation);
        for (int item = 0; item < ratings.Items.Count; item++)
        {
            if (ratings.ItemRatingCount(item) > 0)
            {
                DenseLinearAlgebra.FillNormal(random, itemFactors.AsSpan(item * factors, factors), standardDeviation);
            }
        }

        return new SgdParameters(
            ratings.GlobalMean,
            new double[ratings.Users.Count],
            new double[ratings.Items.Count],
            userFactors,
            itemFactors,
            factors);
    }

    public Span<double> UserRow(int user) => UserFactors.AsSpan(user * Factors, Factors);

    public Span<double> ItemRow(int item) => ItemFactors.AsSpan(item * Factors, Factors);

    public double Predict(int user, int item) =>
        GlobalMean + UserBiases[user] + ItemBiases[item] + DenseLinearAlgebra.Dot(UserRow(user), ItemRow(item));

    /// <summary>
    /// Takes one SGD step on the rating r(u,i): with e = r - prediction, b(u) += gamma (e - lambda b(u)),
    /// b(i) += gamma (e - lambda b(i)), p(u) += gamma (e q(i) - lambda p(u)) and
    /// q(i) += gamma (e p(u) - lambda q(i)), where both factor updates use the values before the step.
    /// </summary>
    public void Step(int user, int item, double rating, double learningRate, double regularization)
    {
        double error = rating - Predict(user, item);
        UserBiases[user] += learningRate * (error - (regularization * UserBiases[user]));
        ItemBiases[item] += learningRate * (error - (regularization * ItemBiases[item]));

        Span<double> userRow = UserRow(user);
        Span<double> itemRow = ItemRow(item);
        double keep = 1.0 - (learningRate * regularization);
        double gain = learningRate * error;
        int width = Vector<double>.Count;
        var keepVector = new Vector<double>(keep);
        var gainVector = new Vector<double>(gain);
        int factor = 0;
        for (; factor <= Factors - width; factor += width)
        {
            var userValues = new Vector<double>(userRow[factor..]);
            var itemValues = new Vector<double>(itemRow[factor..]);
            ((keepVector * userValues) + (gainVector * itemValues)).CopyTo(userRow[factor..]);
            ((keepVector * itemValues) + (gainVector * userValues)).CopyTo(itemRow[factor..]);
        }

        for (; factor < Factors; factor++)
        {
            double userValue = userRow[factor];
            double itemValue = itemRow[factor];
            userRow[factor] = (keep * userValue) + (gain * itemValue);
            itemRow[factor] = (keep * itemValue) + (gain * userValue);
        }
    }

    /// <summary>
    /// Returns the root mean squared error over the ratings of a matrix, unclamped, or 0 without ratings.
    /// </summary>
    public double TrainingRmse(CsrMatrix byUser)
    {
        double sum = 0;
        for (int user = 0; user < byUser.RowCount; user++)
        {
            ReadOnlySpan<int> items = byUser.RowIndices(user);
            ReadOnlySpan<double> values = byUser.RowValues(user);
            for (int position = 0; position < items.Length; position++)
            {
                double error = values[position] - Predict(user, items[position]);
                sum += error * error;
            }
        }

        return byUser.NonZeroCount == 0 ? 0 : Math.Sqrt(sum / byUser.NonZeroCount);
    }
}
