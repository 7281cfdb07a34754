using MathNet.Numerics.LinearAlgebra;
using MovieRecs.Algorithms.Factorization;

namespace MovieRecs.Algorithms.Tests.Factorization;

public class ImplicitHalfStepTests
{
    [Fact]
    public void TrySolveRow_SmallSystem_MatchesDenseSolve()
    {
        // Five movies with three factors; the user rated movie 1 (4.0) and movie 3 (2.0).
        double[] itemFactors =
        [
            0.5, -0.2, 0.1,
            0.3, 0.8, -0.4,
            -0.6, 0.1, 0.2,
            0.2, 0.4, 0.9,
            -0.1, -0.7, 0.3,
        ];
        var options = new ImplicitAlsOptions { Factors = 3, Regularization = 0.5, Alpha = 2, Confidence = ConfidenceScaling.Linear };
        var solution = new double[3];

        bool solved = ImplicitHalfStep.TrySolveRow(
            [1, 3],
            [4.0, 2.0],
            itemFactors,
            ImplicitHalfStep.Gram(itemFactors, 3),
            options,
            new double[3 * 4],
            solution);

        // The same problem over every cell: (Y^T C Y + lambda I) x = Y^T C p, with c = 1 on
        // unrated cells, c = 1 + 2 * 4 = 9 and 1 + 2 * 2 = 5 on the rated ones, p = 1 on them.
        Matrix<double> y = Matrix<double>.Build.DenseOfRowMajor(5, 3, itemFactors);
        Vector<double> confidence = Vector<double>.Build.DenseOfArray([1, 9, 1, 5, 1]);
        Vector<double> preference = Vector<double>.Build.DenseOfArray([0, 1, 0, 1, 0]);
        Matrix<double> weighted = Matrix<double>.Build.DiagonalOfDiagonalVector(confidence);
        Matrix<double> system = (y.Transpose() * weighted * y) + Matrix<double>.Build.DenseIdentity(3).Multiply(0.5);
        Vector<double> expected = system.Solve(y.Transpose() * weighted * preference);
        Assert.True(solved);
        for (int factor = 0; factor < 3; factor++)
        {
            Assert.Equal(expected[factor], solution[factor], 10);
        }
    }

    [Fact]
    public void Gram_Factors_MatchesLowerTriangleOfTransposeProduct()
    {
        double[] factors = [1, 2, 3, 4, 5, 6];

        double[] gram = ImplicitHalfStep.Gram(factors, 2);

        // Rows (1, 2), (3, 4), (5, 6): Y^T Y = [[35, 44], [44, 56]]; the upper entry stays 0.
        Assert.Equal([35, 0, 44, 56], gram);
    }
}
