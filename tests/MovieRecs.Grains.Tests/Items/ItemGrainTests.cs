using MovieRecs.Algorithms.Data;
using MovieRecs.Grains.Abstractions;
using MovieRecs.Grains.Tests.Infrastructure;

namespace MovieRecs.Grains.Tests.Items;

[Collection(SyntheticClusterDefinition.Name)]
public sealed class ItemGrainTests(SyntheticClusterFixture fixture)
{
    [Fact]
    public async Task GetMovie_KnownMovie_ReturnsCatalogueData()
    {
        IItemGrain item = fixture.Client.GetGrain<IItemGrain>(4);
        fixture.Dataset.TryGetMovie(4, out Movie? expected);
        int expectedCount = fixture.Dataset.Ratings.Count(rating => rating.MovieId == 4);

        MovieInfo movie = await item.GetMovieAsync();

        Assert.Equal(expected!.Title, movie.Title);
        Assert.Equal(1964, movie.Year);
        Assert.Equal(expected.Genres, movie.Genres);
        Assert.Equal(expectedCount, movie.RatingCount);
        Assert.NotNull(movie.MeanRating);
    }

    [Fact]
    public async Task GetMovie_UnratedMovie_HasNoMean()
    {
        MovieInfo movie = await fixture.Client.GetGrain<IItemGrain>(SyntheticDataset.UnratedMovieId).GetMovieAsync();

        Assert.Equal(0, movie.RatingCount);
        Assert.Null(movie.MeanRating);
    }

    [Fact]
    public async Task GetGenreFeatures_KnownMovie_SetsGenres()
    {
        fixture.Dataset.TryGetMovie(4, out Movie? movie);

        GenreFeatures features = await fixture.Client.GetGrain<IItemGrain>(4).GetGenreFeaturesAsync();

        Assert.Equal(fixture.Dataset.Genres, features.Vocabulary);
        Assert.Equal(features.Vocabulary.Count, features.Values.Count);
        Assert.Equal(1.0, features.Values[features.Vocabulary.ToList().IndexOf(movie!.Genres[0])]);
        Assert.Equal(1.0, features.Values[features.Vocabulary.ToList().IndexOf(movie.Genres[1])]);
        Assert.Equal(2.0, features.Values.Sum());
    }

    [Fact]
    public async Task GetSimilar_UnknownMovie_Throws()
    {
        IItemGrain item = fixture.Client.GetGrain<IItemGrain>(SyntheticDataset.UnknownMovieId);

        var exception = await Assert.ThrowsAsync<UnknownMovieException>(
            () => item.GetSimilarAsync(5, ItemSimilarityMetric.Cosine));

        Assert.Equal(SyntheticDataset.UnknownMovieId, exception.MovieId);
    }

    [Theory]
    [InlineData(ItemSimilarityMetric.Cosine, "item-knn")]
    [InlineData(ItemSimilarityMetric.Pearson, "item-knn-pearson")]
    public async Task GetSimilar_KnownMovie_MatchesLibrary(ItemSimilarityMetric metric, string model)
    {
        var library = (MovieRecs.Algorithms.Recommenders.ItemKnnRecommender)fixture.LibraryModels[model];
        var expected = library.NeighborsOf(1).Take(3).ToArray();

        SimilarMovieList similar = await fixture.Client.GetGrain<IItemGrain>(1).GetSimilarAsync(3, metric);

        Assert.Equal(SimilarityMetricNames.ToName(metric), similar.Metric);
        Assert.Equal(expected.Select(neighbor => neighbor.MovieId), similar.Items.Select(item => item.MovieId));
        Assert.Equal(expected.Select(neighbor => neighbor.Similarity), similar.Items.Select(item => item.Similarity));
        Assert.All(similar.Items, item => Assert.False(string.IsNullOrEmpty(item.Title)));
    }

    [Fact]
    public async Task SetNeighbors_OlderVersion_KeepsList()
    {
        IItemGrain item = fixture.Client.GetGrain<IItemGrain>(12);
        NeighborList stored = await item.GetNeighborsAsync(ItemSimilarityMetric.Cosine);

        MovieSimilarity[] neighbors = [new MovieSimilarity(1, 0.5)];
        var older = new NeighborList(12, ItemSimilarityMetric.Cosine, stored.Version - 1, neighbors);

        await item.SetNeighborsAsync(older);
        NeighborList after = await item.GetNeighborsAsync(ItemSimilarityMetric.Cosine);

        Assert.Equal(stored.Version, after.Version);
        Assert.Equal(stored.Neighbors, after.Neighbors);
    }

    [Fact]
    public async Task SetNeighbors_OtherMovie_Throws()
    {
        IItemGrain item = fixture.Client.GetGrain<IItemGrain>(3);

        await Assert.ThrowsAsync<ArgumentException>(
            () => item.SetNeighborsAsync(new NeighborList(4, ItemSimilarityMetric.Cosine, 1_000, [])));
    }
}
