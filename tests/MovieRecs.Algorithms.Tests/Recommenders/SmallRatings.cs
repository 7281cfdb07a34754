using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tests.Recommenders;

/// <summary>
/// A 4 user x 6 movie fixture whose similarities and predictions the tests work out by hand.
/// Movie 60 has no rating at all.
/// </summary>
internal static class SmallRatings
{
    public static IReadOnlyList<Movie> Movies { get; } =
    [
        new(10, "Ten (1995)", 1995, ["Comedy", "Drama"]),
        new(20, "Twenty (1996)", 1996, ["Comedy"]),
        new(30, "Thirty (1997)", 1997, ["Drama"]),
        new(40, "Forty (1998)", 1998, ["Action"]),
        new(50, "Fifty (1999)", 1999, ["Action", "Comedy"]),
        new(60, "Sixty", null, ["(no genres listed)"]),
    ];

    //          10   20   30   40   50
    // user 1    5    3    4    -    -
    // user 2    4    2    -    5    -
    // user 3    -    5    2    1    4
    // user 4    1    -    5    -    2
    public static IReadOnlyList<Rating> Ratings { get; } =
    [
        new(1, 10, 5.0, 100), new(1, 20, 3.0, 101), new(1, 30, 4.0, 102),
        new(2, 10, 4.0, 100), new(2, 20, 2.0, 101), new(2, 40, 5.0, 102),
        new(3, 20, 5.0, 100), new(3, 30, 2.0, 101), new(3, 40, 1.0, 102), new(3, 50, 4.0, 103),
        new(4, 10, 1.0, 100), new(4, 30, 5.0, 101), new(4, 50, 2.0, 102),
    ];

    public static TrainingData Training() => new(Ratings, Movies);

    public static UserProfile Profile(int userId) =>
        new(userId, Ratings.Where(rating => rating.UserId == userId).Select(rating => KeyValuePair.Create(rating.MovieId, rating.Value)));
}
