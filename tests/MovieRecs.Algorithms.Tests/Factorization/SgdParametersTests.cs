using MovieRecs.Algorithms.Factorization;

namespace MovieRecs.Algorithms.Tests.Factorization;

public class SgdParametersTests
{
    [Fact]
    public void Step_DiagonalTwoByTwoEpoch_MatchesHandValues()
    {
        // Two users, two movies, one factor, mu = 3; ratings r(0,0) = 4 and r(1,1) = 2 touch
        // disjoint parameters, so one epoch over them is two independent steps.
        var parameters = new SgdParameters(3.0, [0, 0], [0, 0], [0.1, 0.2], [0.3, 0.4], 1);
        const double LearningRate = 0.1;
        const double Regularization = 0.1;

        parameters.Step(0, 0, 4.0, LearningRate, Regularization);
        parameters.Step(1, 1, 2.0, LearningRate, Regularization);

        // r(0,0): e = 4 - (3 + 0.1 * 0.3) = 0.97
        //   b(u0) = b(i0) = 0.1 * 0.97 = 0.097
        //   p(0) = 0.1 + 0.1 * (0.97 * 0.3 - 0.1 * 0.1) = 0.1281
        //   q(0) = 0.3 + 0.1 * (0.97 * 0.1 - 0.1 * 0.3) = 0.3067
        // r(1,1): e = 2 - (3 + 0.2 * 0.4) = -1.08
        //   b(u1) = b(i1) = -0.108
        //   p(1) = 0.2 + 0.1 * (-1.08 * 0.4 - 0.1 * 0.2) = 0.1548
        //   q(1) = 0.4 + 0.1 * (-1.08 * 0.2 - 0.1 * 0.4) = 0.3744
        Assert.Equal(0.097, parameters.UserBiases[0], 12);
        Assert.Equal(0.097, parameters.ItemBiases[0], 12);
        Assert.Equal(0.1281, parameters.UserFactors[0], 12);
        Assert.Equal(0.3067, parameters.ItemFactors[0], 12);
        Assert.Equal(-0.108, parameters.UserBiases[1], 12);
        Assert.Equal(-0.108, parameters.ItemBiases[1], 12);
        Assert.Equal(0.1548, parameters.UserFactors[1], 12);
        Assert.Equal(0.3744, parameters.ItemFactors[1], 12);
    }

    [Fact]
    public void Step_NineFactors_MatchesScalarFormula()
    {
        // Nine factors run the vectorized update and its scalar tail.
        const int Factors = 9;
        double[] user = Enumerable.Range(0, Factors).Select(index => 0.1 * (index - 4)).ToArray();
        double[] item = Enumerable.Range(0, Factors).Select(index => 0.05 * (index + 1)).ToArray();
        var parameters = new SgdParameters(3.5, [0.2], [-0.1], (double[])user.Clone(), (double[])item.Clone(), Factors);
        const double LearningRate = 0.05;
        const double Regularization = 0.1;
        double error = 4.5 - (3.5 + 0.2 - 0.1 + user.Zip(item, (left, right) => left * right).Sum());

        parameters.Step(0, 0, 4.5, LearningRate, Regularization);

        for (int factor = 0; factor < Factors; factor++)
        {
            double expectedUser = user[factor] + (LearningRate * ((error * item[factor]) - (Regularization * user[factor])));
            double expectedItem = item[factor] + (LearningRate * ((error * user[factor]) - (Regularization * item[factor])));
            Assert.Equal(expectedUser, parameters.UserFactors[factor], 12);
            Assert.Equal(expectedItem, parameters.ItemFactors[factor], 12);
        }
    }

    [Fact]
    public void Predict_TwoFactors_AddsBiasesAndDotProduct()
    {
        var parameters = new SgdParameters(3.5, [0.25], [-0.5], [1, 2], [0.5, -0.25], 2);

        // 3.5 + 0.25 - 0.5 + (1 * 0.5 + 2 * -0.25) = 3.25
        Assert.Equal(3.25, parameters.Predict(0, 0), 12);
    }
}
