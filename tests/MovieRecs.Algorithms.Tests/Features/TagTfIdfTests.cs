using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Features;

namespace MovieRecs.Algorithms.Tests.Features;

public class TagTfIdfTests
{
    // Catalogue of N = 4 movies. "funny" is on movies 1 (two users) and 2, "dark comedy" on 1 and
    // 3, "classic" on 3 only. So idf(funny) = idf(dark comedy) = ln(4 / 2), idf(classic) = ln 4.
    private static readonly MovieTag[] Tags =
    [
        new(1, 1, "Funny", 1), new(2, 1, " funny ", 2), new(1, 1, "dark comedy", 3),
        new(3, 2, "FUNNY", 4), new(2, 3, "Dark  Comedy", 5), new(3, 3, "classic", 6),
    ];

    [Theory]
    [InlineData("  Dark   Comedy ", "dark comedy")]
    [InlineData("Sci-Fi", "sci-fi")]
    [InlineData("\tfunny\n", "funny")]
    [InlineData("   ", "")]
    public void Normalize_TagText_TrimsCollapsesAndLowers(string text, string expected)
    {
        Assert.Equal(expected, TagTfIdf.Normalize(text));
    }

    [Fact]
    public void Compute_RawFrequency_MatchesHandWorkedValues()
    {
        var weights = TagTfIdf.Compute(Tags, movieCount: 4, sublinear: false);

        double ln2 = Math.Log(2);
        Assert.Equal(2 * ln2, weights[1]["funny"], 12);
        Assert.Equal(ln2, weights[1]["dark comedy"], 12);
        Assert.Equal(ln2, weights[2]["funny"], 12);
        Assert.Equal(ln2, weights[3]["dark comedy"], 12);
        Assert.Equal(Math.Log(4), weights[3]["classic"], 12);
    }

    [Fact]
    public void Compute_Sublinear_UsesOnePlusLogFrequency()
    {
        var weights = TagTfIdf.Compute(Tags, movieCount: 4, sublinear: true);

        // tf(funny, movie 1) = 2 users, so 1 + ln 2; a single user keeps tf = 1 + ln 1 = 1.
        double ln2 = Math.Log(2);
        Assert.Equal((1 + ln2) * ln2, weights[1]["funny"], 12);
        Assert.Equal(ln2, weights[1]["dark comedy"], 12);
    }

    [Fact]
    public void Compute_SameUserTwice_CountsOnce()
    {
        MovieTag[] tags = [new(1, 1, "funny", 1), new(1, 1, "Funny", 2), new(2, 2, "funny", 3)];

        var weights = TagTfIdf.Compute(tags, movieCount: 4, sublinear: false);

        Assert.Equal(Math.Log(2), weights[1]["funny"], 12);
    }

    [Fact]
    public void Compute_MinMoviesTwo_DropsSingleMovieTags()
    {
        var weights = TagTfIdf.Compute(Tags, movieCount: 4, sublinear: false, minMovies: 2);

        Assert.False(weights[3].ContainsKey("classic"));
        Assert.True(weights[3].ContainsKey("dark comedy"));
    }

    [Fact]
    public void Compute_CatalogueSmallerThanTagged_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => TagTfIdf.Compute(Tags, movieCount: 2, sublinear: false));

        Assert.Contains("3 tagged movies", exception.Message, StringComparison.Ordinal);
    }
}
