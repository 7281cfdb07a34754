using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tests.Recommenders;

public class RecommenderContractTests
{
    public static TheoryData<string> ModelNames => new(RecommenderCatalog.Names);

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Recommend_EveryModel_ExcludesRatedMovies(string name)
    {
        IRecommender model = RecommenderCatalog.Create(name);
        model.Fit(SmallRatings.Training());

        for (int userId = 1; userId <= 4; userId++)
        {
            UserProfile profile = SmallRatings.Profile(userId);
            IReadOnlyList<ScoredMovie> list = model.Recommend(profile, 10);

            Assert.DoesNotContain(list, movie => profile.Ratings.ContainsKey(movie.MovieId));
            Assert.All(list, movie => Assert.False(double.IsNaN(movie.Score)));
        }
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Recommend_TwoFits_GiveTheSameList(string name)
    {
        IRecommender first = RecommenderCatalog.Create(name);
        IRecommender second = RecommenderCatalog.Create(name);
        first.Fit(SmallRatings.Training());
        second.Fit(SmallRatings.Training());

        Assert.Equal(first.Recommend(SmallRatings.Profile(2), 10), second.Recommend(SmallRatings.Profile(2), 10));
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void PredictRating_EveryModel_StaysOnScale(string name)
    {
        IRecommender model = RecommenderCatalog.Create(name);
        model.Fit(SmallRatings.Training());

        foreach (int movieId in SmallRatings.Movies.Select(movie => movie.MovieId))
        {
            double? predicted = model.PredictRating(SmallRatings.Profile(3), movieId);
            if (predicted is double value)
            {
                Assert.InRange(value, 0.5, 5.0);
            }
        }
    }

    [Fact]
    public void Create_UnknownName_ListsKnownModels()
    {
        var exception = Assert.Throws<ArgumentException>(() => RecommenderCatalog.Create("svd"));

        Assert.Contains("'svd'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("item-knn", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_ZeroCount_Throws()
    {
        IRecommender model = RecommenderCatalog.Create("popularity");
        model.Fit(SmallRatings.Training());

        Assert.Throws<ArgumentOutOfRangeException>(() => model.Recommend(SmallRatings.Profile(1), 0));
    }
}
