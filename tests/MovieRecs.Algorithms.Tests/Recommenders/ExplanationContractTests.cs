using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tests.Recommenders;

public class ExplanationContractTests
{
    private const double SumTolerance = 1e-9;

    // Other models explain themselves elsewhere; this contract covers the rest of the catalogue.
    private static readonly string[] Excluded = ["content", "hybrid"];

    private static readonly Lazy<TrainingData> Synthetic = new(SyntheticRatings.Training);

    public static TheoryData<string> ModelNames =>
        new(RecommenderCatalog.Names.Where(name => !Excluded.Contains(name)));

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Explain_RecommendedMovies_MatchRecommendScores(string name)
    {
        IRecommender model = RecommenderCatalog.Create(name);
        model.Fit(Synthetic.Value);
        int explained = 0;

        foreach (UserProfile profile in Profiles())
        {
            foreach (ScoredMovie movie in model.Recommend(profile, 5))
            {
                Explanation? explanation = model.Explain(profile, movie.MovieId, int.MaxValue);

                Assert.NotNull(explanation);
                Assert.Equal(movie.MovieId, explanation.MovieId);
                Assert.Equal(movie.Score, explanation.Score, 12);
                Assert.NotEmpty(explanation.Contributions);
                Assert.Equal(explanation.Score, explanation.Contributions.Sum(entry => entry.Weight), SumTolerance);
                explained++;
            }
        }

        // The data is dense enough for every model, the kNN ones included, to rank movies.
        Assert.True(explained > 0, $"Model '{name}' recommended nothing, so nothing was checked.");
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Explain_EveryMovie_AddsUpAndIsOrdered(string name)
    {
        IRecommender model = RecommenderCatalog.Create(name);
        model.Fit(Synthetic.Value);
        UserProfile profile = Profiles().First();

        foreach (Movie movie in Synthetic.Value.Movies)
        {
            Explanation? explanation = model.Explain(profile, movie.MovieId, int.MaxValue);
            if (explanation is null)
            {
                continue;
            }

            IReadOnlyList<Contribution> contributions = explanation.Contributions;
            Assert.Equal(explanation.Score, contributions.Sum(entry => entry.Weight), SumTolerance);
            for (int position = 1; position < contributions.Count; position++)
            {
                Assert.True(
                    Math.Abs(contributions[position - 1].Weight) >= Math.Abs(contributions[position].Weight),
                    $"Movie {movie.MovieId}: contribution {position} outweighs the one before it.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Explain_NullExactlyWhereUnscored(string name)
    {
        IRecommender model = RecommenderCatalog.Create(name);
        model.Fit(Synthetic.Value);
        UserProfile profile = Profiles().First();
        var scoredByRecommend = model.Recommend(profile, 100).Select(movie => movie.MovieId).ToHashSet();

        foreach (Movie movie in Synthetic.Value.Movies)
        {
            Explanation? explanation = model.Explain(profile, movie.MovieId);
            double? predicted = model.PredictRating(profile, movie.MovieId);

            // wals predicts no ratings, so its list decides what it can score.
            bool scored = name == "wals"
                ? scoredByRecommend.Contains(movie.MovieId) || profile.Ratings.ContainsKey(movie.MovieId)
                : predicted is not null;
            Assert.Equal(scored, explanation is not null);
        }
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Explain_MaxContributions_KeepsStrongestPrefix(string name)
    {
        IRecommender model = RecommenderCatalog.Create(name);
        model.Fit(Synthetic.Value);
        UserProfile profile = Profiles().First();
        ScoredMovie top = model.Recommend(profile, 1).Single();

        Explanation all = model.Explain(profile, top.MovieId, int.MaxValue)!;
        Explanation two = model.Explain(profile, top.MovieId, 2)!;

        Assert.Equal(all.Score, two.Score);
        Assert.Equal(all.Contributions.Take(2), two.Contributions);
    }

    [Fact]
    public void Explain_UnknownMovie_ReturnsNull()
    {
        IRecommender model = RecommenderCatalog.Create("baseline");
        model.Fit(Synthetic.Value);

        Assert.Null(model.Explain(Profiles().First(), 999_999));
    }

    [Fact]
    public void Explain_ZeroMaxContributions_Throws()
    {
        IRecommender model = RecommenderCatalog.Create("baseline");
        model.Fit(Synthetic.Value);

        Assert.Throws<ArgumentOutOfRangeException>(() => model.Explain(Profiles().First(), 1, 0));
    }

    [Fact]
    public void Explain_Unfitted_Throws()
    {
        IRecommender model = RecommenderCatalog.Create("baseline");

        Assert.Throws<InvalidOperationException>(() => model.Explain(UserProfile.Empty(1), 1));
    }

    /// <summary>The profiles of the first users of the synthetic data, as trained.</summary>
    private static IEnumerable<UserProfile> Profiles() => Synthetic.Value.RatingList
        .GroupBy(rating => rating.UserId)
        .Take(3)
        .Select(group => new UserProfile(
            group.Key,
            group.Select(rating => KeyValuePair.Create(rating.MovieId, rating.Value))));
}
