using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Factorization;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tests.Factorization;

public class ImplicitAlsTests
{
    private static readonly ImplicitAlsOptions Small = new()
    {
        Factors = 2,
        Iterations = 20,
        Regularization = 0.1,
        Alpha = 10,
        InitialStandardDeviation = 0.1,
    };

    // Two taste groups: users 1-3 watch movies 1-3 and users 4-6 watch movies 4-6, except that
    // user 3 has not seen movie 3 and user 6 has not seen movie 6. Movie 7 has no rating.
    private static readonly Movie[] Movies = Enumerable.Range(1, 7)
        .Select(id => new Movie(id, $"Movie {id}", null, ["Drama"]))
        .ToArray();

    private static readonly Rating[] Ratings =
    [
        new(1, 1, 4.0, 1), new(1, 2, 5.0, 2), new(1, 3, 4.0, 3),
        new(2, 1, 3.0, 1), new(2, 2, 4.0, 2), new(2, 3, 5.0, 3),
        new(3, 1, 5.0, 1), new(3, 2, 4.0, 2),
        new(4, 4, 4.0, 1), new(4, 5, 3.0, 2), new(4, 6, 5.0, 3),
        new(5, 4, 5.0, 1), new(5, 5, 4.0, 2), new(5, 6, 4.0, 3),
        new(6, 4, 4.0, 1), new(6, 5, 5.0, 2),
    ];

    private static TrainingData Training() => new(Ratings, Movies);

    private static UserProfile Profile(int userId) =>
        new(
            userId,
            Ratings
                .Where(rating => rating.UserId == userId)
                .Select(rating => KeyValuePair.Create(rating.MovieId, rating.Value)));

    private static ImplicitAls FitSmall(ImplicitAlsOptions options)
    {
        var model = new ImplicitAls(options);
        model.Fit(Training());
        return model;
    }

    [Fact]
    public void Name_IsWals()
    {
        Assert.Equal("wals", new ImplicitAls().Name);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(6, 6)]
    public void Recommend_CoConsumedMovie_RanksFirst(int userId, int expectedMovieId)
    {
        ImplicitAls model = FitSmall(Small);

        IReadOnlyList<ScoredMovie> list = model.Recommend(Profile(userId), 10);

        Assert.Equal(expectedMovieId, list[0].MovieId);
        Assert.True(list[0].Score > list[1].Score, $"Top score {list[0].Score} does not beat {list[1].Score}.");
    }

    [Fact]
    public void Recommend_NewUser_FollowsTheirGroup()
    {
        ImplicitAls model = FitSmall(Small);
        var profile = new UserProfile(0, [KeyValuePair.Create(4, 4.5), KeyValuePair.Create(5, 4.0)]);

        IReadOnlyList<ScoredMovie> list = model.Recommend(profile, 1);

        Assert.Equal(6, Assert.Single(list).MovieId);
    }

    [Fact]
    public void Recommend_EveryUser_ExcludesRatedAndUnratedMoviesAndNaN()
    {
        ImplicitAls model = FitSmall(Small);

        for (int userId = 1; userId <= 6; userId++)
        {
            UserProfile profile = Profile(userId);
            IReadOnlyList<ScoredMovie> list = model.Recommend(profile, 10);

            // Six movies have training ratings; movie 7 has none and is never ranked.
            Assert.Equal(6 - profile.Ratings.Count, list.Count);
            Assert.DoesNotContain(list, movie => profile.Ratings.ContainsKey(movie.MovieId));
            Assert.DoesNotContain(list, movie => movie.MovieId == 7);
            Assert.All(list, movie => Assert.True(double.IsFinite(movie.Score)));
        }
    }

    [Fact]
    public void Recommend_EmptyProfile_ReturnsNothing()
    {
        ImplicitAls model = FitSmall(Small);

        Assert.Empty(model.Recommend(UserProfile.Empty(0), 5));
    }

    [Fact]
    public void Recommend_OnlyUnknownMovies_ReturnsNothing()
    {
        ImplicitAls model = FitSmall(Small);
        var profile = new UserProfile(0, [KeyValuePair.Create(7, 4.0), KeyValuePair.Create(999, 4.0)]);

        Assert.Empty(model.Recommend(profile, 5));
    }

    [Fact]
    public void PredictRating_AnyMovie_ReturnsNull()
    {
        ImplicitAls model = FitSmall(Small);

        foreach (Movie movie in Movies)
        {
            Assert.Null(model.PredictRating(Profile(1), movie.MovieId));
        }
    }

    [Fact]
    public void FoldIn_TrainingUser_RanksLikeTrainedFactors()
    {
        ImplicitAls model = FitSmall(Small with { Iterations = 50 });

        for (int userIndex = 0; userIndex < 6; userIndex++)
        {
            UserProfile profile = Profile(userIndex + 1);
            double[] folded = model.FoldIn(profile).Factors;
            double[] trained = model.TrainedUserFactors(userIndex).ToArray();

            int[] foldedOrder = RankItems(model, folded);
            int[] trainedOrder = RankItems(model, trained);
            Assert.Equal(trainedOrder, foldedOrder);
            // The fitted x(u) was solved against the previous iteration's movie factors; after 50
            // iterations they still differ by about 1 % on this fixture.
            double gap = Math.Sqrt(trained.Zip(folded, (left, right) => (left - right) * (left - right)).Sum());
            double norm = Math.Sqrt(trained.Sum(value => value * value));
            Assert.InRange(gap / norm, 0.0, 0.02);
        }
    }

    [Fact]
    public void Fit_SameSeed_GivesIdenticalScores()
    {
        ImplicitAls first = FitSmall(Small);
        ImplicitAls second = FitSmall(Small);

        Assert.Equal(first.Recommend(Profile(2), 10), second.Recommend(Profile(2), 10));
    }

    [Fact]
    public void Fit_OneThreadOrMany_GivesIdenticalFactors()
    {
        ImplicitAls single = FitSmall(Small with { MaxDegreeOfParallelism = 1 });
        ImplicitAls parallel = FitSmall(Small with { MaxDegreeOfParallelism = 4 });

        for (int userIndex = 0; userIndex < 6; userIndex++)
        {
            double[] expected = single.TrainedUserFactors(userIndex).ToArray();
            Assert.Equal(expected, parallel.TrainedUserFactors(userIndex).ToArray());
        }
    }

    [Fact]
    public void Fit_DifferentSeeds_GiveDifferentFactors()
    {
        ImplicitAls first = FitSmall(Small);
        ImplicitAls second = FitSmall(Small with { Seed = 7 });

        Assert.NotEqual(first.TrainedUserFactors(0).ToArray(), second.TrainedUserFactors(0).ToArray());
    }

    [Theory]
    [InlineData(ConfidenceScaling.Constant, 5.0, 6.0)]
    [InlineData(ConfidenceScaling.Linear, 4.0, 21.0)]
    [InlineData(ConfidenceScaling.Logarithmic, 1.0, 3.02732554054082)]
    public void Confidence_EachScaling_MatchesFormula(ConfidenceScaling scaling, double rating, double expected)
    {
        // alpha = 5 and epsilon = 2: constant 1 + 5; linear 1 + 5 * 4; log 1 + 5 ln(1 + 1/2).
        var options = new ImplicitAlsOptions { Alpha = 5, Epsilon = 2, Confidence = scaling };

        Assert.Equal(expected, ImplicitHalfStep.Confidence(options, rating), 12);
    }

    public static TheoryData<ImplicitAlsOptions, string, string> InvalidOptions => new()
    {
        { new ImplicitAlsOptions { Factors = 0 }, "Factors", "0" },
        { new ImplicitAlsOptions { Iterations = -2 }, "Iterations", "-2" },
        { new ImplicitAlsOptions { Regularization = -0.5 }, "Regularization", "-0.5" },
        { new ImplicitAlsOptions { Regularization = 0 }, "Regularization", "0" },
        { new ImplicitAlsOptions { Alpha = -1 }, "Alpha", "-1" },
        { new ImplicitAlsOptions { Epsilon = 0 }, "Epsilon", "0" },
        { new ImplicitAlsOptions { Alpha = double.PositiveInfinity }, "Alpha", "finite" },
        { new ImplicitAlsOptions { Confidence = (ConfidenceScaling)9 }, "Confidence", "9" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Fit_InvalidOption_ThrowsWithValue(ImplicitAlsOptions options, string parameter, string value)
    {
        var model = new ImplicitAls(options);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => model.Fit(Training()));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Contains(value, exception.Message, StringComparison.Ordinal);
    }

    private static int[] RankItems(ImplicitAls model, double[] userFactors) =>
        Enumerable.Range(0, 6).OrderByDescending(item => model.Score(userFactors, item)).ToArray();

    [Fact]
    public void Explain_OneFactor_MatchesHandSolvedShares()
    {
        ImplicitAlsOptions options = Small with { Factors = 1 };
        ImplicitAls model = FitSmall(options);
        UserProfile profile = Profile(3);

        Explanation explanation = model.Explain(profile, 3, int.MaxValue)!;

        // With one factor, the preference of the unit vector is y(i) itself. User 3 rates movies
        // 1 (5.0) and 2 (4.0), so A = sum of y^2 over all movies + lambda + sum (c - 1) y^2 over the
        // two, c = 1 + alpha r, and movie j's share of y(3) . x(u) is c(j) y(3) y(j) / A.
        double y(int movieId) => model.Score([1.0], movieId - 1);
        double confidenceOne = 1 + (options.Alpha * 5.0);
        double confidenceTwo = 1 + (options.Alpha * 4.0);
        double a = Enumerable.Range(1, 7).Sum(movieId => y(movieId) * y(movieId)) + options.Regularization
            + ((confidenceOne - 1) * y(1) * y(1)) + ((confidenceTwo - 1) * y(2) * y(2));
        var byMovie = explanation.Contributions.ToDictionary(entry => entry.MovieId!.Value, entry => entry.Weight);
        Assert.Equal(2, byMovie.Count);
        Assert.Equal(confidenceOne * y(3) * y(1) / a, byMovie[1], 12);
        Assert.Equal(confidenceTwo * y(3) * y(2) / a, byMovie[2], 12);
        Assert.Equal(model.Recommend(profile, 10).Single(movie => movie.MovieId == 3).Score, explanation.Score, 12);
        Assert.Equal(explanation.Score, explanation.Contributions.Sum(entry => entry.Weight), 1e-9);
    }

    [Fact]
    public void Explain_DefaultModel_AddsUpToScore()
    {
        var model = new ImplicitAls();
        model.Fit(Training());

        for (int userId = 1; userId <= 6; userId++)
        {
            UserProfile profile = Profile(userId);
            foreach (ScoredMovie movie in model.Recommend(profile, 10))
            {
                Explanation explanation = model.Explain(profile, movie.MovieId, int.MaxValue)!;

                Assert.Equal(movie.Score, explanation.Score);
                Assert.Equal(explanation.Score, explanation.Contributions.Sum(entry => entry.Weight), 1e-9);
            }
        }
    }

    [Fact]
    public void Explain_MovieWithoutRatings_ReturnsNull()
    {
        ImplicitAls model = FitSmall(Small);

        Assert.Null(model.Explain(Profile(1), 7));
    }

    [Fact]
    public void Explain_ProfileWithoutTrainedMovies_ReturnsNull()
    {
        ImplicitAls model = FitSmall(Small);

        Assert.Null(model.Explain(new UserProfile(9, [KeyValuePair.Create(7, 4.0)]), 1));
    }
}
