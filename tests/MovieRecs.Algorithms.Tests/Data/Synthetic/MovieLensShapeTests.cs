using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Data.Synthetic;

namespace MovieRecs.Algorithms.Tests.Data.Synthetic;

/// <summary>Checks the shape constants the generator imitates against ml-latest-small itself.</summary>
public sealed class MovieLensShapeTests
{
    [RequiresDataFact]
    public void RatingHistogram_MatchesMovieLens()
    {
        MovieLensDataset dataset = MovieLensLoader.Load(RequiresDataFactAttribute.DataDirectory);

        int[] measured = new int[10];
        foreach (Rating rating in dataset.Ratings)
        {
            measured[(int)(rating.Value * 2) - 1]++;
        }

        Assert.Equal(MovieLensShape.RatingHistogram.ToArray(), measured);
    }

    [RequiresDataFact]
    public void Genres_MatchMovieLens()
    {
        MovieLensDataset dataset = MovieLensLoader.Load(RequiresDataFactAttribute.DataDirectory);

        var measured = dataset.Movies
            .SelectMany(movie => movie.Genres)
            .CountBy(genre => genre)
            .Where(pair => pair.Key != "(no genres listed)")
            .ToDictionary();

        Assert.Equal(MovieLensShape.Genres.ToDictionary(genre => genre.Genre, genre => genre.Movies), measured);
    }

    [RequiresDataFact]
    public void RatingsPerUser_MatchesMovieLens()
    {
        MovieLensDataset dataset = MovieLensLoader.Load(RequiresDataFactAttribute.DataDirectory);
        int[] counts = dataset.Ratings.CountBy(rating => rating.UserId).Select(pair => pair.Value).ToArray();

        Assert.Equal(MovieLensShape.RatingsPerUser, (double)dataset.Ratings.Count / dataset.UserCount, 10);
        Assert.Equal(MovieLensShape.MinRatingsPerUser, counts.Min());
        Assert.Equal(MovieLensShape.MaxOverMeanRatingsPerUser, (int)(counts.Max() / MovieLensShape.RatingsPerUser));
    }
}
