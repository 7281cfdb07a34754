using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Features;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tests.Recommenders;

public class ContentBasedRecommenderTests
{
    // Genres only: rows are the unit-norm genre one-hot vectors, so movie 10 (Comedy, Drama) is
    // (1, 1) / sqrt 2 over Comedy and Drama. Columns in ordinal order: "(no genres listed)",
    // Action, Comedy, Drama.
    private static readonly ContentBasedOptions GenresOnly = new()
    {
        Features = new ContentFeatureOptions { TagWeight = 0, YearWeight = 0 },
    };

    // Each tag's (user, movie) pair has a rating in SmallRatings. "dark comedy" is on 10 and 50,
    // "classic" on 10 and 30.
    private static readonly MovieTag[] Tags =
    [
        new(1, 10, "Dark Comedy", 1), new(3, 50, "dark comedy", 2), new(4, 30, "classic", 3), new(2, 10, " Classic", 4),
    ];

    [Fact]
    public void BuildProfile_LikedMovies_SumsTheirVectors()
    {
        var model = new ContentBasedRecommender(GenresOnly);
        model.Fit(SmallRatings.Training());

        double[] profile = model.BuildProfile(SmallRatings.Profile(1));

        // User 1 liked movie 10 (Comedy, Drama) and movie 30 (Drama); 20 was rated 3.
        double half = 1 / Math.Sqrt(2);
        Assert.Equal([0.0, 0.0, half, 1 + half], profile, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void BuildProfile_RatingCentred_WeighsByOffsetFromMean()
    {
        var model = new ContentBasedRecommender(GenresOnly with { Profile = ContentProfileKind.RatingCentred });
        model.Fit(SmallRatings.Training());

        double[] profile = model.BuildProfile(SmallRatings.Profile(1));

        // Mean 4: (5 - 4) x10 + (3 - 4) x20 + (4 - 4) x30.
        double half = 1 / Math.Sqrt(2);
        Assert.Equal([0.0, 0.0, half - 1, half], profile, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Recommend_UserOne_RanksByProfileCosine()
    {
        var model = new ContentBasedRecommender(GenresOnly);
        model.Fit(SmallRatings.Training());

        IReadOnlyList<ScoredMovie> list = model.Recommend(SmallRatings.Profile(1), 10);

        // Movie 50 (Action, Comedy): p . x = 1/2, |p|^2 = 1/2 + (1 + 1/sqrt 2)^2 = 2 + sqrt 2.
        // Movies 40 and 60 share no genre with the profile; 40 has more ratings, so it ranks first.
        Assert.Equal([50, 40, 60], list.Select(movie => movie.MovieId));
        Assert.Equal(0.5 / Math.Sqrt(2 + Math.Sqrt(2)), list[0].Score, 12);
        Assert.Equal(0.0, list[1].Score, 12);
    }

    [Fact]
    public void PredictRating_UserOneMovieFifty_AveragesContentNeighbors()
    {
        var model = new ContentBasedRecommender(GenresOnly);
        model.Fit(SmallRatings.Training());

        double? predicted = model.PredictRating(SmallRatings.Profile(1), 50);

        // Cosines of 50 with the rated movies: 10 -> 1/2, 20 -> 1/sqrt 2, 30 -> 0 (left out).
        // User mean 4: 4 + (0.5 * (5 - 4) + (1/sqrt 2) * (3 - 4)) / (0.5 + 1/sqrt 2).
        double high = 0.5;
        double low = 1 / Math.Sqrt(2);
        Assert.NotNull(predicted);
        Assert.Equal(4 + (((high * 1) - low) / (high + low)), predicted.Value, 12);
    }

    [Fact]
    public void BuildProfile_NoLikedMovie_FallsBackToOwnMean()
    {
        var model = new ContentBasedRecommender(GenresOnly);
        model.Fit(SmallRatings.Training());
        var profile = new UserProfile(9, [KeyValuePair.Create(20, 3.0), KeyValuePair.Create(40, 2.0)]);

        double[] genres = model.BuildProfile(profile);

        // Mean 2.5: only movie 20 (Comedy) is at or above it.
        Assert.Equal([0.0, 0.0, 1.0, 0.0], genres);
    }

    [Fact]
    public void Explain_TaggedMovie_WeightsAddUpToScore()
    {
        var model = new ContentBasedRecommender();
        model.Fit(new TrainingData(SmallRatings.Ratings, SmallRatings.Movies, Tags));
        UserProfile user = SmallRatings.Profile(1);

        Explanation? explanation = model.Explain(user, 50, maxContributions: 100);

        ScoredMovie listed = model.Recommend(user, 10).Single(movie => movie.MovieId == 50);
        Assert.NotNull(explanation);
        Assert.Equal(listed.Score, explanation.Score, 12);
        Assert.Equal(explanation.Score, explanation.Contributions.Sum(contribution => contribution.Weight), 12);
        Assert.Contains(explanation.Contributions, c => c.Kind == ContributionKind.Genre && c.Label == "Comedy");
        Assert.Contains(explanation.Contributions, c => c.Kind == ContributionKind.Tag && c.Label == "tag: dark comedy");
        Assert.Contains(explanation.Contributions, c => c.Kind == ContributionKind.ReleaseYear && c.Label == "1990s");
    }

    [Fact]
    public void Explain_MaxContributions_KeepsStrongestFirst()
    {
        var model = new ContentBasedRecommender();
        model.Fit(new TrainingData(SmallRatings.Ratings, SmallRatings.Movies, Tags));
        UserProfile user = SmallRatings.Profile(1);

        Explanation all = model.Explain(user, 50, maxContributions: 100)!;
        Explanation two = model.Explain(user, 50, maxContributions: 2)!;

        Assert.Equal(2, two.Contributions.Count);
        Assert.Equal(all.Contributions.Take(2), two.Contributions);
        Assert.True(Math.Abs(two.Contributions[0].Weight) >= Math.Abs(two.Contributions[1].Weight));
        Assert.Equal(all.Score, two.Score, 12);
    }

    [Fact]
    public void Explain_EmptyProfile_ReturnsNull()
    {
        var model = new ContentBasedRecommender();
        model.Fit(SmallRatings.Training());

        Assert.Null(model.Explain(UserProfile.Empty(7), 50));
        Assert.Null(model.Explain(SmallRatings.Profile(1), 999));
    }

    [Fact]
    public void Fit_InvalidOptions_Throws()
    {
        var model = new ContentBasedRecommender(new ContentBasedOptions { MaxNeighbors = 0 });

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => model.Fit(SmallRatings.Training()));

        Assert.Contains("MaxNeighbors", exception.Message, StringComparison.Ordinal);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
