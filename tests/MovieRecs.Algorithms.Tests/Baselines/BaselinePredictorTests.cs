using MovieRecs.Algorithms.Baselines;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Tests.Baselines;

public class BaselinePredictorTests
{
    //          10   20   30
    // user 1    4    2    -
    // user 2    5    -    -
    // Movie 30 is in the catalogue with no rating. mu = 11/3.
    private static readonly Rating[] Ratings =
    [
        new(1, 10, 4.0, 100), new(1, 20, 2.0, 101),
        new(2, 10, 5.0, 100),
    ];

    private static RatingMatrix Matrix() => RatingMatrix.Build(Ratings, [10, 20, 30]);

    private static BaselineOptions Regularized(double user, double item, int sweeps) =>
        new() { UserRegularization = user, ItemRegularization = item, Sweeps = sweeps };

    [Fact]
    public void Fit_OneSweep_MatchesHandValues()
    {
        RatingMatrix matrix = Matrix();

        var predictor = BaselinePredictor.Fit(matrix, Regularized(1, 1, 1));

        // Movies first, with b(u) = 0:
        //   b(10) = ((4 - 11/3) + (5 - 11/3)) / (1 + 2) = (5/3) / 3 = 5/9
        //   b(20) = (2 - 11/3) / (1 + 1) = -5/6
        //   b(30) = 0 (no rating)
        // then users, with those movie biases:
        //   b(1) = ((4 - 11/3 - 5/9) + (2 - 11/3 + 5/6)) / (1 + 2) = (-19/18) / 3 = -19/54
        //   b(2) = (5 - 11/3 - 5/9) / (1 + 1) = (7/9) / 2 = 7/18
        Assert.Equal(11.0 / 3, predictor.GlobalMean, 12);
        Assert.Equal(5.0 / 9, predictor.ItemBias(0), 12);
        Assert.Equal(-5.0 / 6, predictor.ItemBias(1), 12);
        Assert.Equal(0.0, predictor.ItemBias(2), 12);
        Assert.Equal(-19.0 / 54, predictor.UserBias(0), 12);
        Assert.Equal(7.0 / 18, predictor.UserBias(1), 12);
    }

    [Fact]
    public void Fit_TwoSweeps_UsesUpdatedUserBiases()
    {
        var predictor = BaselinePredictor.Fit(Matrix(), Regularized(1, 1, 2));

        // Second movie step with b(1) = -19/54 and b(2) = 7/18 (= 21/54):
        //   b(10) = ((4 - 11/3 + 19/54) + (5 - 11/3 - 21/54)) / 3 = (5/3 - 2/54) / 3 = (88/54) / 3 = 44/81
        Assert.Equal(44.0 / 81, predictor.ItemBias(0), 12);
    }

    [Fact]
    public void ComputeUserBias_TrainingProfile_EqualsFittedBias()
    {
        var predictor = BaselinePredictor.Fit(Matrix(), Regularized(2, 3, 5));
        var profile = new UserProfile(1, [KeyValuePair.Create(10, 4.0), KeyValuePair.Create(20, 2.0)]);

        double bias = predictor.ComputeUserBias(profile);

        Assert.Equal(predictor.UserBias(0), bias, 12);
    }

    [Fact]
    public void ComputeUserBias_EmptyProfile_ReturnsZero()
    {
        var predictor = BaselinePredictor.Fit(Matrix());

        Assert.Equal(0.0, predictor.ComputeUserBias(UserProfile.Empty(9)));
    }

    [Fact]
    public void ComputeUserBias_UnknownMovie_IsIgnored()
    {
        var predictor = BaselinePredictor.Fit(Matrix(), Regularized(1, 1, 1));
        var profile = new UserProfile(9, [KeyValuePair.Create(20, 3.0), KeyValuePair.Create(999, 5.0)]);

        double bias = predictor.ComputeUserBias(profile);

        // Only movie 20 counts: (3 - 11/3 + 5/6) / (1 + 1) = (1/6) / 2 = 1/12.
        Assert.Equal(1.0 / 12, bias, 12);
    }

    [Fact]
    public void Predict_UserBiasAndItem_AddsMeanAndBiases()
    {
        var predictor = BaselinePredictor.Fit(Matrix(), Regularized(1, 1, 1));

        Assert.Equal((11.0 / 3) + 0.25 + (5.0 / 9), predictor.Predict(0.25, 0), 12);
    }

    [Fact]
    public void Fit_NoRatings_GivesZeroBiases()
    {
        var predictor = BaselinePredictor.Fit(RatingMatrix.Build([], [10, 20]));

        Assert.Equal(0.0, predictor.GlobalMean);
        Assert.Equal(0.0, predictor.ItemBias(0));
        Assert.Equal(0.0, predictor.ItemBias(1));
    }

    [Fact]
    public void Fit_NoRegularization_StaysFinite()
    {
        var predictor = BaselinePredictor.Fit(Matrix(), Regularized(0, 0, 10));

        Assert.True(double.IsFinite(predictor.ItemBias(0)));
        Assert.Equal(0.0, predictor.ItemBias(2));
    }

    [Theory]
    [InlineData(-1.5, 10, 10, "UserRegularization", "-1.5")]
    [InlineData(15, -2.5, 10, "ItemRegularization", "-2.5")]
    [InlineData(15, 10, 0, "Sweeps", "0")]
    public void Fit_InvalidOption_ThrowsWithValue(
        double userRegularization,
        double itemRegularization,
        int sweeps,
        string parameter,
        string value)
    {
        BaselineOptions options = Regularized(userRegularization, itemRegularization, sweeps);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => BaselinePredictor.Fit(Matrix(), options));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Contains(value, exception.Message, StringComparison.Ordinal);
    }
}
