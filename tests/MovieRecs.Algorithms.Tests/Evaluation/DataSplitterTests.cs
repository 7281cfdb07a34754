using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;

namespace MovieRecs.Algorithms.Tests.Evaluation;

public class DataSplitterTests
{
    [Fact]
    public void TemporalHoldout_TenRatings_HoldsOutLastTwo()
    {
        // Timestamps out of order, with a tie at 500 broken by movie id.
        Rating[] ratings = Enumerable.Range(1, 10)
            .Select(movieId => new Rating(1, movieId, 3.0, movieId is 4 or 9 ? 500 : movieId))
            .ToArray();

        TrainTestSplit split = DataSplitter.TemporalHoldout(ratings);

        Assert.Equal([4, 9], split.Test.Select(rating => rating.MovieId));
        Assert.Equal(8, split.Train.Count);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 1)]
    [InlineData(9, 1)]
    [InlineData(10, 2)]
    [InlineData(24, 4)]
    public void TemporalHoldout_UserSize_HoldsOutMaxOneOrFifth(int ratingCount, int expectedTest)
    {
        Rating[] ratings = Enumerable.Range(1, ratingCount).Select(movieId => new Rating(7, movieId, 4.0, movieId)).ToArray();

        TrainTestSplit split = DataSplitter.TemporalHoldout(ratings);

        Assert.Equal(expectedTest, split.Test.Count);
        Assert.Equal(ratingCount - expectedTest, split.Train.Count);
    }

    [Fact]
    public void RandomHoldout_SameSeed_GivesSameSplit()
    {
        Rating[] ratings = Enumerable.Range(1, 100).Select(movieId => new Rating(movieId % 7, movieId, 4.0, movieId)).ToArray();

        TrainTestSplit first = DataSplitter.RandomHoldout(ratings, 0.2, seed: 5);
        TrainTestSplit second = DataSplitter.RandomHoldout(ratings, 0.2, seed: 5);
        TrainTestSplit other = DataSplitter.RandomHoldout(ratings, 0.2, seed: 6);

        Assert.Equal(20, first.Test.Count);
        Assert.Equal(80, first.Train.Count);
        Assert.Equal(first.Test, second.Test);
        Assert.NotEqual(first.Test, other.Test);
        Assert.Empty(first.Test.Intersect(first.Train));
    }

    [Fact]
    public void RandomHoldout_FractionOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSplitter.RandomHoldout([], 1.0));
    }
}
