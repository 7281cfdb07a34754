using System.Net;
using System.Text.Json;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Gateway.Tests.Infrastructure;

namespace MovieRecs.Gateway.Tests;

/// <summary>
/// The gateway on ml-latest-small, end to end, against the library on the same data.
/// </summary>
[Collection(MovieLensGatewayDefinition.Name)]
[Trait("Category", "Slow")]
public sealed class MovieLensGatewayTests(MovieLensGatewayFixture fixture)
{
    [RequiresDataFact]
    public async Task SearchMovies_ArticleFirst_FindsTrailingArticleTitle()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/movies?search=the%20matrix&n=5");
        JsonElement[] movies = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement
            .EnumerateArray()
            .ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Matrix, The (1999)", movies[0].GetProperty("title").GetString());
        Assert.Equal(2571, movies[0].GetProperty("movieId").GetInt32());
    }

    [RequiresDataFact]
    public async Task SearchMovies_WithoutAccents_FindsAccentedTitle()
    {
        // The title is "City of Lost Children, The (Cité des enfants perdus, La) (1995)".
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/movies?search=cite%20des%20enfants&n=5");
        int[] movieIds = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement
            .EnumerateArray()
            .Select(movie => movie.GetProperty("movieId").GetInt32())
            .ToArray();

        Assert.Equal([29], movieIds);
    }

    [RequiresDataFact]
    public async Task GetRecommendations_User1_MatchesLibraryItemKnn()
    {
        MovieLensDataset dataset = MovieLensLoader.Load(RequiresDataFactAttribute.DataDirectory);
        IRecommender model = RecommenderCatalog.Create("item-knn");
        model.Fit(TrainingData.FromDataset(dataset));
        var profile = new UserProfile(
            1,
            dataset.Ratings
                .Where(rating => rating.UserId == 1)
                .Select(rating => KeyValuePair.Create(rating.MovieId, rating.Value)));
        IReadOnlyList<ScoredMovie> expected = model.Recommend(profile, 10);

        HttpResponseMessage response =
            await fixture.Client.GetAsync("/api/users/1/recommendations?n=10&model=item-knn");
        JsonElement list = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        JsonElement[] items = list.GetProperty("items").EnumerateArray().ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("item-knn", list.GetProperty("servedBy").GetString());
        Assert.False(list.GetProperty("fallback").GetBoolean());
        Assert.Equal(
            expected.Select(movie => movie.MovieId),
            items.Select(item => item.GetProperty("movieId").GetInt32()));
        for (int position = 0; position < expected.Count; position++)
        {
            Assert.Equal(expected[position].Score, items[position].GetProperty("score").GetDouble(), 1e-9);
            dataset.TryGetMovie(expected[position].MovieId, out Movie? movie);
            Assert.Equal(movie!.Title, items[position].GetProperty("title").GetString());
        }
    }

    [RequiresDataFact]
    public async Task GetSimilar_ToyStory_ReturnsTenTitledMovies()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/movies/1/similar?n=10");
        JsonElement list = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Toy Story (1995)", list.GetProperty("title").GetString());
        Assert.Equal(10, list.GetProperty("items").GetArrayLength());
    }

    [RequiresDataFact]
    public async Task GetStatsSummary_MovieLens_KeyNumbers()
    {
        HttpResponseMessage response = await fixture.Client.GetAsync("/api/stats/summary");
        JsonElement summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        // ml-latest-small: 100,836 ratings by 610 users of 9,742 movies, 1996-03-29 to 2018-09-24.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(610, summary.GetProperty("users").GetInt32());
        Assert.Equal(9742, summary.GetProperty("movies").GetInt32());
        Assert.Equal(100836, summary.GetProperty("ratings").GetInt32());
        Assert.Equal(98.3032, summary.GetProperty("sparsityPercent").GetDouble(), 1e-4);
        Assert.Equal("1996-03-29", summary.GetProperty("firstRating").GetString());
        Assert.Equal("2018-09-24", summary.GetProperty("lastRating").GetString());
    }
}
