using MovieRecs.Algorithms.Data;
using MovieRecs.Grains.Catalogue;

namespace MovieRecs.Grains.Tests.Catalogue;

public sealed class MovieSearchIndexTests
{
    private static readonly MovieSearchIndex Index = new(
    [
        new Movie(1, "Matrix, The (1999)", 1999, ["Action"]),
        new Movie(2, "Animatrix, The (2003)", 2003, ["Animation"]),
        new Movie(3, "City of Lost Children, The (Cité des enfants perdus, La) (1995)", 1995, ["Fantasy"]),
        new Movie(4, "The Matrix Revisited (2001)", 2001, ["Documentary"]),
    ]);

    [Fact]
    public void Find_ArticleFirst_MatchesTrailingArticleAtStart()
    {
        var found = Index.Find("The Matrix").ToDictionary(match => match.Movie.MovieId, match => match.StartsWithText);

        Assert.Equal([1, 2, 4], found.Keys.Order());
        Assert.True(found[1]);
        Assert.False(found[2]);
        Assert.True(found[4]);
    }

    [Fact]
    public void Find_WithoutAccents_MatchesAccentedTitle()
    {
        int[] found = Index.Find("cite enfants").Select(match => match.Movie.MovieId).ToArray();

        Assert.Equal([3], found);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ,. ")]
    public void Find_NoWords_ReturnsNothing(string text)
    {
        Assert.Empty(Index.Find(text));
    }

    [Fact]
    public void Fold_AccentsAndCase_Removed()
    {
        Assert.Equal("amelie poulain", MovieSearchIndex.Fold("Amélie POULAIN"));
    }
}
