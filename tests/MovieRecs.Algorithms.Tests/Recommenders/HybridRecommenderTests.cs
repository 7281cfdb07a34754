using MovieRecs.Algorithms.Factorization;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tests.Recommenders;

public class HybridRecommenderTests
{
    // SmallRatings' training rating counts: movies 10, 20 and 30 have 3, movies 40 and 50 have 2,
    // movie 60 has none.
    private static readonly UserProfile TwoRatings = new(9, [KeyValuePair.Create(10, 5.0), KeyValuePair.Create(20, 2.0)]);
    private static readonly UserProfile ThreeRatings =
        new(9, [KeyValuePair.Create(10, 5.0), KeyValuePair.Create(20, 2.0), KeyValuePair.Create(30, 4.0)]);

    [Fact]
    public void SelectMode_UserRatingCounts_SwitchAtThreshold()
    {
        HybridRecommender model = Fitted(new HybridOptions { MinUserRatings = 3, MinMovieRatings = 0 });

        Assert.Equal(HybridMode.Popularity, model.SelectMode(UserProfile.Empty(9), 50));
        Assert.Equal(HybridMode.ContentForNewUser, model.SelectMode(TwoRatings, 50));
        Assert.Equal(HybridMode.Blend, model.SelectMode(ThreeRatings, 50));
    }

    [Fact]
    public void SelectMode_MovieRatingCounts_SwitchAtThreshold()
    {
        HybridRecommender model = Fitted(new HybridOptions { MinUserRatings = 1, MinMovieRatings = 3 });

        Assert.Equal(HybridMode.ContentForRareMovie, model.SelectMode(ThreeRatings, 40));
        Assert.Equal(HybridMode.Blend, model.SelectMode(ThreeRatings, 20));
        Assert.Null(model.SelectMode(ThreeRatings, 999));
    }

    [Fact]
    public void SelectMode_UnknownMoviesInProfile_DoNotCount()
    {
        HybridRecommender model = Fitted(new HybridOptions { MinUserRatings = 3 });
        var profile = new UserProfile(9, [KeyValuePair.Create(10, 5.0), KeyValuePair.Create(20, 2.0), KeyValuePair.Create(999, 4.0)]);

        Assert.Equal(HybridMode.ContentForNewUser, model.SelectMode(profile, 50));
    }

    [Fact]
    public void PredictRating_Blend_MixesMemberPredictions()
    {
        HybridRecommender model = Fitted(new HybridOptions { MinUserRatings = 1, MinMovieRatings = 0, CollaborativeWeight = 0.25 });

        double? predicted = model.PredictRating(ThreeRatings, 50);

        double collaborative = model.Collaborative.PredictRating(ThreeRatings, 50)!.Value;
        double content = model.Content.PredictRating(ThreeRatings, 50)!.Value;
        Assert.Equal((0.25 * collaborative) + (0.75 * content), predicted!.Value, 12);
    }

    [Fact]
    public void PredictRating_NewUserAndRareMovie_UseContent()
    {
        HybridRecommender model = Fitted(new HybridOptions { MinUserRatings = 3, MinMovieRatings = 3 });

        Assert.Equal(model.Content.PredictRating(TwoRatings, 50), model.PredictRating(TwoRatings, 50));
        Assert.Equal(model.Content.PredictRating(ThreeRatings, 40), model.PredictRating(ThreeRatings, 40));
        Assert.NotEqual(model.Collaborative.PredictRating(ThreeRatings, 40), model.PredictRating(ThreeRatings, 40));
    }

    [Fact]
    public void PredictRating_EmptyUser_UsesBayesianAverage()
    {
        HybridRecommender model = Fitted(new HybridOptions());
        var popularity = new PopularityRecommender();
        popularity.Fit(SmallRatings.Training());

        Assert.Equal(popularity.PredictRating(UserProfile.Empty(9), 10), model.PredictRating(UserProfile.Empty(9), 10));
    }

    [Fact]
    public void Recommend_EmptyUser_ReturnsPopularityList()
    {
        HybridRecommender model = Fitted(new HybridOptions());
        var popularity = new PopularityRecommender();
        popularity.Fit(SmallRatings.Training());

        Assert.Equal(popularity.Recommend(UserProfile.Empty(9), 10), model.Recommend(UserProfile.Empty(9), 10));
    }

    [Fact]
    public void Recommend_NewUser_ReturnsContentList()
    {
        HybridRecommender model = Fitted(new HybridOptions { MinUserRatings = 3 });

        Assert.Equal(model.Content.Recommend(TwoRatings, 10), model.Recommend(TwoRatings, 10));
    }

    [Fact]
    public void Recommend_Blend_ScoresStandardizedMembers()
    {
        const double Weight = 0.75;
        HybridRecommender model = Fitted(new HybridOptions { MinUserRatings = 1, MinMovieRatings = 0, RankingCollaborativeWeight = Weight });

        IReadOnlyList<ScoredMovie> list = model.Recommend(ThreeRatings, 10);

        // The candidates are 40, 50 and 60; every one is scored by both members.
        Dictionary<int, double> collaborative = Standardize(model.Collaborative.Recommend(ThreeRatings, 10));
        Dictionary<int, double> content = Standardize(model.Content.Recommend(ThreeRatings, 10));
        Assert.Equal(3, list.Count);
        foreach (ScoredMovie movie in list)
        {
            double expected = (Weight * collaborative[movie.MovieId]) + ((1 - Weight) * content[movie.MovieId]);
            Assert.Equal(expected, movie.Score, 12);
        }
    }

    [Fact]
    public void Explain_Blend_WeightsAddUpToScore()
    {
        HybridRecommender model = Fitted(new HybridOptions { MinUserRatings = 1, MinMovieRatings = 0 });

        Explanation? explanation = model.Explain(ThreeRatings, 50, maxContributions: 100);

        Assert.NotNull(explanation);
        Assert.Equal(ScoreOf(model, ThreeRatings, 50), explanation.Score, 12);
        Assert.Equal(explanation.Score, explanation.Contributions.Sum(contribution => contribution.Weight), 12);
        Assert.Contains(explanation.Contributions, c => c.Kind == ContributionKind.Model && c.Label.StartsWith("hybrid: blend", StringComparison.Ordinal));
        Assert.Contains(explanation.Contributions, c => c.Label == $"{ExplainingCollaborative.ModelName}: base rating");
        Assert.Contains(explanation.Contributions, c => c.Kind == ContributionKind.Genre && c.Label == "content: Comedy");
    }

    [Fact]
    public void Explain_RareMovie_UsesContentOnly()
    {
        HybridRecommender model = Fitted(new HybridOptions { MinUserRatings = 1, MinMovieRatings = 3 });

        Explanation? explanation = model.Explain(ThreeRatings, 40, maxContributions: 100);

        Assert.NotNull(explanation);
        Assert.Equal(ScoreOf(model, ThreeRatings, 40), explanation.Score, 12);
        Assert.Equal(explanation.Score, explanation.Contributions.Sum(contribution => contribution.Weight), 12);
        Assert.Contains(explanation.Contributions, c => c.Label == "hybrid: content, the movie has 2 of 3 ratings");
        Assert.DoesNotContain(explanation.Contributions, c => c.Label.StartsWith(ExplainingCollaborative.ModelName, StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_MovieAtThreshold_IsBlended()
    {
        HybridRecommender model = Fitted(new HybridOptions { MinUserRatings = 1, MinMovieRatings = 3 });
        var profile = new UserProfile(9, [KeyValuePair.Create(30, 4.0), KeyValuePair.Create(40, 2.0), KeyValuePair.Create(50, 5.0)]);

        Explanation atThreshold = model.Explain(profile, 20, maxContributions: 100)!;
        Explanation belowThreshold = model.Explain(profile, 60, maxContributions: 100)!;

        Assert.Contains(atThreshold.Contributions, c => c.Label.StartsWith("hybrid: blend", StringComparison.Ordinal));
        Assert.Contains(belowThreshold.Contributions, c => c.Label == "hybrid: content, the movie has 0 of 3 ratings");
    }

    [Fact]
    public void Explain_NewUser_ExplainsContentScore()
    {
        HybridRecommender model = Fitted(new HybridOptions { MinUserRatings = 3 });

        Explanation? explanation = model.Explain(TwoRatings, 50, maxContributions: 100);

        Assert.NotNull(explanation);
        Assert.Equal(model.Content.Explain(TwoRatings, 50)!.Score, explanation.Score, 12);
        Assert.Equal(explanation.Score, explanation.Contributions.Sum(contribution => contribution.Weight), 12);
        Assert.Contains(explanation.Contributions, c => c.Label == "hybrid: content, the user has 2 of 3 ratings");
    }

    [Fact]
    public void Explain_EmptyUser_ExplainsPopularity()
    {
        HybridRecommender model = Fitted(new HybridOptions());

        Explanation? explanation = model.Explain(UserProfile.Empty(9), 10);

        Assert.NotNull(explanation);
        Assert.Equal(3, explanation.Score);
        Assert.Equal(explanation.Score, explanation.Contributions.Sum(contribution => contribution.Weight), 12);
        Assert.Contains(explanation.Contributions, c => c.Kind == ContributionKind.Popularity && c.Label == "rated by 3 users");
    }

    [Fact]
    public void Explain_OneContribution_KeepsTheSwitch()
    {
        HybridRecommender model = Fitted(new HybridOptions { MinUserRatings = 1, MinMovieRatings = 0 });

        Explanation? explanation = model.Explain(ThreeRatings, 50, maxContributions: 1);

        Assert.NotNull(explanation);
        Contribution only = Assert.Single(explanation.Contributions);
        Assert.Equal(ContributionKind.Model, only.Kind);
    }

    [Theory]
    [InlineData(0, 1, 0.5, 0.5, "MinUserRatings")]
    [InlineData(1, -1, 0.5, 0.5, "MinMovieRatings")]
    [InlineData(1, 1, 1.5, 0.5, "CollaborativeWeight")]
    [InlineData(1, 1, 0.5, -0.1, "RankingCollaborativeWeight")]
    public void Fit_InvalidOptions_ThrowsNamingOption(int minUser, int minMovie, double weight, double rankingWeight, string option)
    {
        var model = new HybridRecommender(
            "hybrid",
            () => new ExplainingCollaborative(),
            new HybridOptions
            {
                MinUserRatings = minUser,
                MinMovieRatings = minMovie,
                CollaborativeWeight = weight,
                RankingCollaborativeWeight = rankingWeight,
            });

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => model.Fit(SmallRatings.Training()));

        Assert.Equal(option, exception.ParamName);
    }

    [Fact]
    public void Fit_TwiceWithSeededMember_GivesSameResults()
    {
        var first = new HybridRecommender("hybrid", () => new BiasedMatrixFactorization());
        var second = new HybridRecommender("hybrid", () => new BiasedMatrixFactorization());
        first.Fit(SmallRatings.Training());
        second.Fit(SmallRatings.Training());

        foreach (int movieId in SmallRatings.Movies.Select(movie => movie.MovieId))
        {
            Assert.Equal(first.PredictRating(ThreeRatings, movieId), second.PredictRating(ThreeRatings, movieId));
        }

        Assert.Equal(first.Recommend(ThreeRatings, 10), second.Recommend(ThreeRatings, 10));
    }

    private static HybridRecommender Fitted(HybridOptions options)
    {
        var model = new HybridRecommender("hybrid", () => new ExplainingCollaborative(), options);
        model.Fit(SmallRatings.Training());
        return model;
    }

    private static double ScoreOf(HybridRecommender model, UserProfile user, int movieId) =>
        model.Recommend(user, 10).Single(movie => movie.MovieId == movieId).Score;

    private static Dictionary<int, double> Standardize(IReadOnlyList<ScoredMovie> list)
    {
        double mean = list.Average(movie => movie.Score);
        double deviation = Math.Sqrt(list.Average(movie => (movie.Score - mean) * (movie.Score - mean)));
        return list.ToDictionary(movie => movie.MovieId, movie => (movie.Score - mean) / deviation);
    }

    /// <summary>
    /// A collaborative stand-in whose explanation adds up to its score: 2 + 0.5 (movie id / 10 mod 4)
    /// plus 0.1 times the user's number of ratings.
    /// </summary>
    private sealed class ExplainingCollaborative : RecommenderBase
    {
        public const string ModelName = "stand-in";

        public override string Name => ModelName;

        public override string ScoreDescription => "stand-in predicted rating";

        protected override void FitCore(TrainingData data)
        {
        }

        protected override double? PredictCore(UserProfile user, int itemIndex) =>
            Parts(user, itemIndex).Sum(part => part.Weight);

        protected override IEnumerable<(int ItemIndex, double Score)> ScoreCandidates(UserProfile user, IReadOnlySet<int> ratedItems) =>
            Enumerable.Range(0, Data.Ratings.Items.Count).Select(item => (item, PredictCore(user, item)!.Value));

        protected override Explanation? ExplainCore(UserProfile user, int itemIndex, int maxContributions)
        {
            Contribution[] parts = Parts(user, itemIndex);
            return new Explanation(Data.Ratings.Items.GetId(itemIndex), parts.Sum(part => part.Weight), parts.Take(maxContributions).ToArray());
        }

        private Contribution[] Parts(UserProfile user, int itemIndex) =>
        [
            new(ContributionKind.Bias, "base rating", 2.0),
            new(ContributionKind.Bias, "movie step", 0.5 * ((Data.Ratings.Items.GetId(itemIndex) / 10) % 4)),
            new(ContributionKind.Bias, "user activity", 0.1 * user.Ratings.Count),
        ];
    }
}
