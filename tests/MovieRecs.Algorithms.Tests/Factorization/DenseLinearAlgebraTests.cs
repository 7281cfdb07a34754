using MathNet.Numerics.LinearAlgebra;
using MovieRecs.Algorithms.Factorization;

namespace MovieRecs.Algorithms.Tests.Factorization;

public class DenseLinearAlgebraTests
{
    [Fact]
    public void TrySolveCholesky_ThreeByThree_MatchesHandSolution()
    {
        // A = [[4, 2, 0], [2, 5, 1], [0, 1, 3]] is given by its lower triangle, and the ignored
        // upper entries contain 99. x = [1, -1, 2] gives b = A x = [2, -1, 5].
        double[] matrix = [4, 99, 99, 2, 5, 99, 0, 1, 3];
        double[] rhs = [2, -1, 5];
        var solution = new double[3];

        bool solved = DenseLinearAlgebra.TrySolveCholesky(matrix, rhs, solution);

        Assert.True(solved);
        Assert.Equal(1.0, solution[0], 12);
        Assert.Equal(-1.0, solution[1], 12);
        Assert.Equal(2.0, solution[2], 12);
    }

    [Fact]
    public void TrySolveCholesky_ElevenByEleven_MatchesMathNetSolve()
    {
        // Eleven unknowns run the vectorized dot products and their scalar tails.
        const int Size = 11;
        var random = new Random(3);
        Matrix<double> factor = Matrix<double>.Build.Dense(Size, Size, (_, _) => random.NextDouble() - 0.5);
        Matrix<double> system = (factor * factor.Transpose()) + Matrix<double>.Build.DenseIdentity(Size);
        Vector<double> rhs = Vector<double>.Build.Dense(Size, index => index - 5.0);
        double[] matrix = system.ToRowMajorArray();
        var solution = new double[Size];

        bool solved = DenseLinearAlgebra.TrySolveCholesky(matrix, rhs.ToArray(), solution);

        Vector<double> expected = system.Solve(rhs);
        Assert.True(solved);
        for (int index = 0; index < Size; index++)
        {
            Assert.Equal(expected[index], solution[index], 10);
        }
    }

    [Fact]
    public void TrySolveCholesky_SingularMatrix_ReturnsFalse()
    {
        // [[1, 1], [1, 1]] has a zero second pivot.
        double[] matrix = [1, 0, 1, 1];

        bool solved = DenseLinearAlgebra.TrySolveCholesky(matrix, [1, 1], new double[2]);

        Assert.False(solved);
    }

    [Fact]
    public void AddLowerOuterProduct_Vector_FillsLowerTriangleOnly()
    {
        var matrix = new double[9];

        DenseLinearAlgebra.AddLowerOuterProduct(matrix, 2.0, [1, 2, 3]);

        // 2 x x^T = [[2, 4, 6], [4, 8, 12], [6, 12, 18]]; the upper triangle stays 0.
        Assert.Equal([2, 0, 0, 4, 8, 0, 6, 12, 18], matrix);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(33)]
    public void Dot_AnyLength_MatchesLoop(int length)
    {
        double[] left = Enumerable.Range(1, length).Select(value => value * 0.5).ToArray();
        double[] right = Enumerable.Range(1, length).Select(value => 1.0 / value).ToArray();

        double dot = DenseLinearAlgebra.Dot(left, right);

        // Each term is 0.5 * i * (1 / i) = 0.5.
        Assert.Equal(0.5 * length, dot, 12);
    }

    [Fact]
    public void FillNormal_Seeded_HasRoughlyTheRequestedSpread()
    {
        var values = new double[20_001];

        DenseLinearAlgebra.FillNormal(new Random(7), values, 0.1);

        // For 20,001 draws the sample mean has a standard error of about 0.0007.
        double mean = values.Average();
        double deviation = Math.Sqrt(values.Select(value => (value - mean) * (value - mean)).Average());
        Assert.InRange(mean, -0.005, 0.005);
        Assert.InRange(deviation, 0.095, 0.105);
        Assert.All(values, value => Assert.True(double.IsFinite(value)));
    }
}
