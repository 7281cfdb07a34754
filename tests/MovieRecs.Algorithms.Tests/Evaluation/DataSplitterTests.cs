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

    [Fact]
    public void LeaveLastOneOut_TwoUsers_HoldsOutLatestEach()
    {
        Rating[] ratings =
        [
            new(1, 10, 4.0, 5), new(1, 20, 3.0, 9), new(1, 30, 2.0, 9),
            new(2, 10, 5.0, 7), new(2, 40, 1.0, 3),
        ];

        TrainTestSplit split = DataSplitter.LeaveLastOneOut(ratings);

        // User 1's tie at timestamp 9 goes to the higher movie id.
        Assert.Equal([(1, 30), (2, 10)], split.Test.Select(rating => (rating.UserId, rating.MovieId)));
        Assert.Equal(3, split.Train.Count);
    }

    [Fact]
    public void GlobalTimeCutoff_Cutoff_SeparatesPastFromFuture()
    {
        Rating[] ratings = Enumerable.Range(1, 10).Select(movieId => new Rating(movieId % 3, movieId, 3.0, movieId * 10)).ToArray();

        TrainTestSplit split = DataSplitter.GlobalTimeCutoff(ratings, 71);

        Assert.Equal(7, split.Train.Count);
        Assert.Equal(3, split.Test.Count);
        Assert.True(split.Train.Max(rating => rating.Timestamp) < split.Test.Min(rating => rating.Timestamp));
    }

    [Fact]
    public void GlobalTimeCutoffByFraction_EightyPercent_TrainsOnOldest()
    {
        Rating[] ratings = Enumerable.Range(1, 10).Select(movieId => new Rating(1, movieId, 3.0, 100 - movieId)).ToArray();

        TrainTestSplit split = DataSplitter.GlobalTimeCutoffByFraction(ratings, 0.8);

        Assert.Equal(8, split.Train.Count);
        Assert.Equal([2, 1], split.Test.Select(rating => rating.MovieId).Order().Reverse());
    }

    [Fact]
    public void KFold_FiveFolds_PartitionsEveryRatingOnce()
    {
        Rating[] ratings = Enumerable.Range(1, 23).Select(movieId => new Rating(movieId % 4, movieId, 3.0, movieId)).ToArray();

        IReadOnlyList<TrainTestSplit> folds = DataSplitter.KFold(ratings, 5, seed: 3);

        Assert.Equal(5, folds.Count);
        Assert.Equal(23, folds.Sum(fold => fold.Test.Count));
        Assert.Equal(ratings, folds.SelectMany(fold => fold.Test).OrderBy(rating => rating.MovieId));
        Assert.All(folds, fold => Assert.InRange(fold.Test.Count, 4, 5));
        Assert.All(folds, fold => Assert.Equal(23, fold.Train.Count + fold.Test.Count));
        Assert.Equal(folds[0].Test, DataSplitter.KFold(ratings, 5, seed: 3)[0].Test);
    }

    [Fact]
    public void NewUserHoldout_EverySecondUser_KeepsFirstRatings()
    {
        // User 2 is a new user: 2 of their 6 ratings train. User 1 is split as the temporal
        // holdout splits: the last floor(6 / 5) = 1 rating tests.
        Rating[] ratings = Enumerable.Range(1, 2)
            .SelectMany(user => Enumerable.Range(1, 6).Select(movie => new Rating(user, movie, 3.0, 100 - movie)))
            .ToArray();

        TrainTestSplit split = DataSplitter.NewUserHoldout(ratings, everyNthUser: 2, keptRatings: 2);

        Assert.Equal([6, 5], split.Train.Where(rating => rating.UserId == 2).Select(rating => rating.MovieId));
        Assert.Equal([4, 3, 2, 1], split.Test.Where(rating => rating.UserId == 2).Select(rating => rating.MovieId));
        Assert.Equal(5, split.Train.Count(rating => rating.UserId == 1));
        Assert.Equal([1], split.Test.Where(rating => rating.UserId == 1).Select(rating => rating.MovieId));
        Assert.Equal("new-user-holdout-every-2-keep-2", split.Name);
    }

    [Fact]
    public void NewUserHoldout_FewRatings_AllTrain()
    {
        Rating[] ratings = [new(5, 1, 4.0, 10), new(5, 2, 3.0, 20)];

        TrainTestSplit split = DataSplitter.NewUserHoldout(ratings, everyNthUser: 5, keptRatings: 5);

        Assert.Equal(2, split.Train.Count);
        Assert.Empty(split.Test);
    }
}
