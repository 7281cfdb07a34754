using MovieRecs.Analytics.Factors;

namespace MovieRecs.Analytics.Tests.Factors;

public sealed class OrdinaryLeastSquaresTests
{
    // y = 1, 3, 2, 5 on x = 0, 1, 2, 3. By hand: x̄ = 1.5, ȳ = 2.75, Sxx = 5, Sxy = 5.5, so
    // slope 1.1 and intercept 1.1; residuals −0.1, 0.8, −1.3, 0.6, SSE = 2.7, σ² = 2.7 / 2 = 1.35,
    // SE(slope) = √(1.35 / 5) = √0.27 and SE(intercept) = √(1.35 · 14 / 20) = √0.945.
    private static readonly double[][] Rows = [[1, 0], [1, 1], [1, 2], [1, 3]];
    private static readonly double[] Targets = [1, 3, 2, 5];
    private static readonly string[] Names = ["intercept", "x"];

    [Fact]
    public void Fit_SmallDesign_MatchesHandWorkedValues()
    {
        LinearModel model = OrdinaryLeastSquares.Fit(Rows, Targets, Names);

        RegressionCoefficient intercept = model.Fit.Coefficients[0];
        RegressionCoefficient slope = model.Fit.Coefficients[1];
        Assert.Equal(1.1, intercept.Estimate, 10);
        Assert.Equal(1.1, slope.Estimate, 10);
        Assert.Equal(Math.Sqrt(0.27), slope.StandardError, 10);
        Assert.Equal(Math.Sqrt(0.945), intercept.StandardError, 10);
        Assert.Equal(2, model.Fit.DegreesOfFreedom);
        Assert.Equal(Math.Sqrt(1.35), model.Fit.ResidualStandardError, 10);
        Assert.Equal(1 - (2.7 / 8.75), model.Fit.RSquared, 10);
    }

    [Fact]
    public void Fit_SmallDesign_IntervalUsesStudentT()
    {
        LinearModel model = OrdinaryLeastSquares.Fit(Rows, Targets, Names);

        // t(0.975, 2 df) = 4.302652729911275.
        RegressionCoefficient slope = model.Fit.Coefficients[1];
        Assert.Equal(1.1 - (4.302652729911275 * Math.Sqrt(0.27)), slope.Low, 8);
        Assert.Equal(1.1 + (4.302652729911275 * Math.Sqrt(0.27)), slope.High, 8);
        Assert.Equal(1.1 / Math.Sqrt(0.27), slope.TValue!.Value, 10);
        // With 2 degrees of freedom P(|T| > t) = 1 − t / √(2 + t²).
        double t = 1.1 / Math.Sqrt(0.27);
        Assert.Equal(1 - (t / Math.Sqrt(2 + (t * t))), slope.PValue!.Value, 10);
    }

    [Fact]
    public void Fit_ClusterPerRow_MatchesSandwich()
    {
        // (X'X)⁻¹ = [[14, −6], [−6, 4]] / 20; meat = Σ e²xx' = [[2.7, 5.1], [5.1, 10.64]]; the slope
        // row of (X'X)⁻¹ is (−0.3, 0.2), so its sandwich variance is 0.0566, and CR1 multiplies by
        // G/(G − 1) · (n − 1)/(n − p) = 4/3 · 3/2 = 2.
        LinearModel model = OrdinaryLeastSquares.Fit(Rows, Targets, Names, clusters: ["a", "b", "c", "d"]);

        RegressionCoefficient slope = model.Fit.Coefficients[1];
        Assert.Equal(4, model.Fit.Clusters);
        Assert.Equal(Math.Sqrt(0.1132), slope.ClusteredStandardError!.Value, 10);
    }

    [Fact]
    public void Fit_DuplicateColumn_IsAliased()
    {
        double[][] rows = Rows.Select(row => new[] { row[0], row[1], 2 * row[1], 0 }).ToArray();

        LinearModel model = OrdinaryLeastSquares.Fit(rows, Targets, ["intercept", "x", "2x", "zero"]);

        Assert.Equal(["2x", "zero"], model.Fit.Aliased);
        Assert.Equal(["intercept", "x"], model.Fit.Coefficients.Select(coefficient => coefficient.Name));
        Assert.Equal(1.1, model.Fit.Coefficients[1].Estimate, 10);
        Assert.Equal(0, model.Beta[2]);
        Assert.Equal(1.1 + (1.1 * 4), model.Predict([1, 4, 8, 0]), 10);
    }

    [Fact]
    public void Fit_TooFewRows_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => OrdinaryLeastSquares.Fit(Rows[..2], Targets[..2], Names));

        Assert.Contains("needs more than 2 rows", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NotFiniteValue_Throws()
    {
        double[][] rows = [[1, 0], [1, double.NaN], [1, 2], [1, 3]];

        var exception = Assert.Throws<ArgumentException>(() => OrdinaryLeastSquares.Fit(rows, Targets, Names));

        Assert.Contains("Row 1", exception.Message, StringComparison.Ordinal);
    }
}
