using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tests.Recommenders;

public class TrainingDataTests
{
    [Fact]
    public void Tags_PairWithoutTrainingRating_IsDropped()
    {
        MovieTag[] tags =
        [
            new(1, 10, "kept", 1),
            new(1, 40, "user 1 never rated 40", 2),
            new(9, 20, "user 9 has no rating", 3),
            new(2, 40, "kept too", 4),
        ];

        var data = new TrainingData(SmallRatings.Ratings, SmallRatings.Movies, tags);

        Assert.Equal(["kept", "kept too"], data.Tags.Select(tag => tag.Text));
    }

    [Fact]
    public void Tags_NoneGiven_AreEmpty()
    {
        TrainingData data = SmallRatings.Training();

        Assert.Empty(data.Tags);
    }
}
