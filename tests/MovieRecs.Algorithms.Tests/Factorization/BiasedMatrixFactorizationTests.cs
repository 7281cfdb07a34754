using MovieRecs.Algorithms.Factorization;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Tests.Recommenders;

namespace MovieRecs.Algorithms.Tests.Factorization;

public class BiasedMatrixFactorizationTests
{
    private static readonly BiasedMatrixFactorizationOptions Small = new()
    {
        Factors = 3,
        Epochs = 30,
        LearningRate = 0.02,
        Regularization = 0.05,
    };

    private static BiasedMatrixFactorization FitSmall(BiasedMatrixFactorizationOptions options)
    {
        var model = new BiasedMatrixFactorization(options);
        model.Fit(SmallRatings.Training());
        return model;
    }

    [Fact]
    public void Name_IsBiasedMf()
    {
        Assert.Equal("biased-mf", new BiasedMatrixFactorization().Name);
    }

    [Fact]
    public void Fit_TrainingRmse_DecreasesEveryEpoch()
    {
        BiasedMatrixFactorization model = FitSmall(Small);

        IReadOnlyList<double> rmse = model.TrainingRmseByEpoch;

        Assert.Equal(Small.Epochs, rmse.Count);
        for (int epoch = 1; epoch < rmse.Count; epoch++)
        {
            Assert.True(
                rmse[epoch] < rmse[epoch - 1],
                $"Epoch {epoch + 1}: {rmse[epoch]} is not below {rmse[epoch - 1]}.");
        }
    }

    [Fact]
    public void Fit_SameSeed_GivesIdenticalPredictions()
    {
        BiasedMatrixFactorization first = FitSmall(Small);
        BiasedMatrixFactorization second = FitSmall(Small);

        UserProfile profile = SmallRatings.Profile(2);
        foreach (int movieId in SmallRatings.Movies.Select(movie => movie.MovieId))
        {
            Assert.Equal(first.PredictRating(profile, movieId), second.PredictRating(profile, movieId));
        }
    }

    [Fact]
    public void Fit_DifferentSeeds_GiveDifferentPredictions()
    {
        BiasedMatrixFactorization first = FitSmall(Small);
        BiasedMatrixFactorization second = FitSmall(Small with { Seed = 7 });

        double? firstPrediction = first.PredictRating(SmallRatings.Profile(2), 30);
        double? secondPrediction = second.PredictRating(SmallRatings.Profile(2), 30);

        Assert.NotEqual(firstPrediction, secondPrediction);
    }

    [Fact]
    public void FoldIn_ConvergedTrainingUser_MatchesTrainedParameters()
    {
        // After many epochs SGD ends near the minimum of the training objective, where each
        // user's part is exactly the fold-in problem. At 3,000 epochs the gap is still about 0.03.
        BiasedMatrixFactorization model = FitSmall(Small with { Epochs = 20_000, LearningRate = 0.005 });
        SgdParameters parameters = model.Parameters;

        for (int userIndex = 0; userIndex < 4; userIndex++)
        {
            FoldedUser folded = model.FoldIn(SmallRatings.Profile(userIndex + 1));

            Assert.Equal(parameters.UserBiases[userIndex], folded.Bias, 2e-3);
            for (int factor = 0; factor < Small.Factors; factor++)
            {
                Assert.Equal(parameters.UserRow(userIndex)[factor], folded.Factors[factor], 2e-3);
            }
        }
    }

    [Fact]
    public void FoldIn_SameProfileInstance_IsCached()
    {
        BiasedMatrixFactorization model = FitSmall(Small);
        UserProfile profile = SmallRatings.Profile(3);

        Assert.Same(model.FoldIn(profile), model.FoldIn(profile));
    }

    [Fact]
    public void FoldIn_NewRating_ChangesPrediction()
    {
        BiasedMatrixFactorization model = FitSmall(Small);
        var before = new UserProfile(4, [KeyValuePair.Create(10, 1.0), KeyValuePair.Create(30, 5.0)]);
        var after = new UserProfile(
            4,
            [KeyValuePair.Create(10, 1.0), KeyValuePair.Create(30, 5.0), KeyValuePair.Create(20, 5.0)]);

        Assert.NotEqual(model.PredictRating(before, 40), model.PredictRating(after, 40));
    }

    [Fact]
    public void PredictRating_UnratedMovie_ReturnsMeanPlusUserBias()
    {
        BiasedMatrixFactorization model = FitSmall(Small);
        UserProfile profile = SmallRatings.Profile(1);

        double? predicted = model.PredictRating(profile, 60);

        Assert.Equal(model.Parameters.GlobalMean + model.FoldIn(profile).Bias, predicted!.Value, 12);
    }

    [Fact]
    public void PredictRating_EmptyProfile_ReturnsMeanPlusMovieBias()
    {
        BiasedMatrixFactorization model = FitSmall(Small);

        double? predicted = model.PredictRating(UserProfile.Empty(0), 20);

        double expected = model.Parameters.GlobalMean + model.Parameters.ItemBiases[1];
        Assert.Equal(Math.Clamp(expected, 0.5, 5.0), predicted!.Value, 12);
    }

    [Fact]
    public void PredictRating_UnknownUser_CoversEveryCatalogueMovie()
    {
        BiasedMatrixFactorization model = FitSmall(Small);
        var profile = new UserProfile(
            99,
            [KeyValuePair.Create(20, 5.0), KeyValuePair.Create(40, 0.5), KeyValuePair.Create(777, 3.0)]);

        foreach (int movieId in SmallRatings.Movies.Select(movie => movie.MovieId))
        {
            double? predicted = model.PredictRating(profile, movieId);

            Assert.NotNull(predicted);
            Assert.InRange(predicted.Value, 0.5, 5.0);
        }
    }

    [Fact]
    public void Recommend_EveryTrainingUser_ExcludesRatedMoviesAndNaN()
    {
        BiasedMatrixFactorization model = FitSmall(Small);

        for (int userId = 1; userId <= 4; userId++)
        {
            UserProfile profile = SmallRatings.Profile(userId);
            IReadOnlyList<ScoredMovie> list = model.Recommend(profile, 10);

            Assert.Equal(SmallRatings.Movies.Count - profile.Ratings.Count, list.Count);
            Assert.DoesNotContain(list, movie => profile.Ratings.ContainsKey(movie.MovieId));
            Assert.All(list, movie => Assert.False(double.IsNaN(movie.Score)));
        }
    }

    [Fact]
    public void Fit_HugeLearningRate_ThrowsDiverged()
    {
        var model = new BiasedMatrixFactorization(Small with { LearningRate = 50, Epochs = 200 });

        var exception = Assert.Throws<InvalidOperationException>(() => model.Fit(SmallRatings.Training()));

        Assert.Contains("diverged", exception.Message, StringComparison.Ordinal);
        Assert.Contains("50", exception.Message, StringComparison.Ordinal);
    }

    public static TheoryData<BiasedMatrixFactorizationOptions, string, string> InvalidOptions => new()
    {
        { new BiasedMatrixFactorizationOptions { Factors = 0 }, "Factors", "0" },
        { new BiasedMatrixFactorizationOptions { Epochs = -3 }, "Epochs", "-3" },
        { new BiasedMatrixFactorizationOptions { LearningRate = 0 }, "LearningRate", "0" },
        { new BiasedMatrixFactorizationOptions { Regularization = -0.25 }, "Regularization", "-0.25" },
        { new BiasedMatrixFactorizationOptions { InitialStandardDeviation = -1 }, "InitialStandardDeviation", "-1" },
        { new BiasedMatrixFactorizationOptions { LearningRate = double.NaN }, "LearningRate", "NaN" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Fit_InvalidOption_ThrowsWithValue(
        BiasedMatrixFactorizationOptions options,
        string parameter,
        string value)
    {
        var model = new BiasedMatrixFactorization(options);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => model.Fit(SmallRatings.Training()));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Contains(value, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_OneFactor_MatchesHandSolvedShares()
    {
        BiasedMatrixFactorizationOptions options = Small with { Factors = 1 };
        BiasedMatrixFactorization model = FitSmall(options);
        SgdParameters parameters = model.Parameters;
        UserProfile profile = SmallRatings.Profile(1);

        Explanation explanation = model.Explain(profile, 40, int.MaxValue)!;

        // User 1 rates item indices 0-2; movie 40 is index 3. The fold-in matrix is
        // A = sum [1, q(j)] [1, q(j)]^T + lambda n I (2 x 2), z = A^-1 [0, q(i)], and movie j's
        // share is t(j) (z0 + z1 q(j)) with t(j) = r(j) - mu - b(j).
        int[] rated = [0, 1, 2];
        double[] ratings = [5.0, 3.0, 4.0];
        double penalty = options.Regularization * rated.Length;
        double q(int item) => parameters.ItemRow(item)[0];
        double a11 = rated.Length + penalty;
        double a12 = rated.Sum(q);
        double a22 = rated.Sum(item => q(item) * q(item)) + penalty;
        double determinant = (a11 * a22) - (a12 * a12);
        double z0 = -a12 * q(3) / determinant;
        double z1 = a11 * q(3) / determinant;
        var byMovie = explanation.Contributions
            .Where(entry => entry.Kind == ContributionKind.RatedMovie)
            .ToDictionary(entry => entry.MovieId!.Value, entry => entry.Weight);
        Assert.Equal(3, byMovie.Count);
        for (int position = 0; position < rated.Length; position++)
        {
            int item = rated[position];
            double target = ratings[position] - parameters.GlobalMean - parameters.ItemBiases[item];
            Assert.Equal(target * (z0 + (z1 * q(item))), byMovie[SmallRatings.Movies[item].MovieId], 12);
        }

        Assert.Equal(model.FoldIn(profile).Bias, WeightOf(explanation, "user bias"), 12);
        Assert.Equal(parameters.ItemBiases[3], WeightOf(explanation, "movie bias"), 12);
        Assert.Equal(parameters.GlobalMean, WeightOf(explanation, "global mean"), 12);
    }

    [Fact]
    public void Explain_DefaultModel_AddsUpToPrediction()
    {
        var model = new BiasedMatrixFactorization();
        model.Fit(SmallRatings.Training());

        for (int userId = 1; userId <= 4; userId++)
        {
            UserProfile profile = SmallRatings.Profile(userId);
            foreach (int movieId in SmallRatings.Movies.Select(movie => movie.MovieId))
            {
                Explanation explanation = model.Explain(profile, movieId, int.MaxValue)!;

                Assert.Equal(model.PredictRating(profile, movieId)!.Value, explanation.Score);
                Assert.Equal(explanation.Score, explanation.Contributions.Sum(entry => entry.Weight), 1e-9);
            }
        }
    }

    [Fact]
    public void Explain_MovieWithoutRatings_GivesOnlyBiases()
    {
        BiasedMatrixFactorization model = FitSmall(Small);

        Explanation explanation = model.Explain(SmallRatings.Profile(1), 60, int.MaxValue)!;

        Assert.Equal(3, explanation.Contributions.Count);
        Assert.All(explanation.Contributions, entry => Assert.Equal(ContributionKind.Bias, entry.Kind));
        Assert.Equal(0.0, WeightOf(explanation, "movie bias"));
    }

    private static double WeightOf(Explanation explanation, string label) =>
        explanation.Contributions.Single(entry => entry.Label == label).Weight;
}
