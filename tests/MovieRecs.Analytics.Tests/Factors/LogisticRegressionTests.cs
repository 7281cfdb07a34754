using MovieRecs.Analytics.Factors;

namespace MovieRecs.Analytics.Tests.Factors;

public sealed class LogisticRegressionTests
{
    // A binary predictor: x = 0 has 10 positives and 30 negatives, x = 1 has 20 and 10. The maximum
    // likelihood fit reproduces the 2x2 table: intercept log(10/30), slope log(20/10) − log(10/30) =
    // log 6, and the slope's Wald error is √(1/10 + 1/30 + 1/20 + 1/10).
    private static (double[][] Rows, bool[] Labels) Table()
    {
        var rows = new List<double[]>();
        var labels = new List<bool>();
        void Add(double x, bool label, int count)
        {
            for (int i = 0; i < count; i++)
            {
                rows.Add([x]);
                labels.Add(label);
            }
        }

        Add(0, true, 10);
        Add(0, false, 30);
        Add(1, true, 20);
        Add(1, false, 10);
        return (rows.ToArray(), labels.ToArray());
    }

    [Fact]
    public void Fit_TwoByTwoTable_MatchesOddsRatio()
    {
        (double[][] rows, bool[] labels) = Table();

        LogisticFit fit = LogisticRegression.Fit(rows, labels);

        Assert.True(fit.Converged);
        Assert.Equal(Math.Log(10.0 / 30), fit.Intercept, 8);
        Assert.Equal(Math.Log(6), fit.Weights[0], 8);
        Assert.Equal(Math.Sqrt((1 / 10.0) + (1 / 30.0) + (1 / 20.0) + (1 / 10.0)), fit.StandardErrors[0], 6);
        Assert.Equal(Math.Sqrt((1 / 10.0) + (1 / 30.0)), fit.InterceptStandardError, 6);
    }

    [Fact]
    public void Fit_Ridge_ShrinksTowardsZero()
    {
        (double[][] rows, bool[] labels) = Table();

        LogisticFit plain = LogisticRegression.Fit(rows, labels);
        LogisticFit ridge = LogisticRegression.Fit(rows, labels, ridge: 10);

        Assert.InRange(ridge.Weights[0], 0.1, plain.Weights[0] - 0.1);
    }

    [Fact]
    public void Fit_SeparatedOutcomes_StaysFiniteWithRidge()
    {
        double[][] rows = [[-2], [-1], [1], [2]];
        bool[] labels = [false, false, true, true];

        LogisticFit fit = LogisticRegression.Fit(rows, labels, ridge: 1);

        Assert.True(double.IsFinite(fit.Weights[0]));
        Assert.True(fit.Weights[0] > 0);
    }

    [Fact]
    public void Sigmoid_LargeScores_DoNotOverflow()
    {
        Assert.Equal(1.0, LogisticRegression.Sigmoid(1000));
        Assert.Equal(0.0, LogisticRegression.Sigmoid(-1000));
        Assert.Equal(0.5, LogisticRegression.Sigmoid(0));
    }
}
