using MovieRecs.Algorithms.Data;

namespace MovieRecs.Algorithms.Tests.Exploration;

/// <summary>
/// A 3 user x 4 movie fixture whose profile the tests work out by hand. Movie 4 has no rating and
/// no genre.
/// </summary>
internal static class ProfileRatings
{
    // Monday 2020-01-06 10:00, Tuesday 2020-01-07 23:30 and Sunday 2020-03-01 00:15, all UTC.
    public const long MondayMorning = 1578304800;
    public const long TuesdayNight = 1578439800;
    public const long SundayMidnight = 1583021700;

    public static IReadOnlyList<Movie> Movies { get; } =
    [
        new(1, "A (2000)", 2000, ["Comedy", "Drama"]),
        new(2, "B (2001)", 2001, ["Comedy"]),
        new(3, "C (2002)", 2002, ["Drama", "Romance"]),
        new(4, "D (2003)", 2003, ["(no genres listed)"]),
    ];

    //          1     2     3     4
    // user 1   4.0   3.5   5.0   -
    // user 2   2.0   -     4.0   -
    // user 3   0.5   -     -     -
    public static IReadOnlyList<Rating> Ratings { get; } =
    [
        new(1, 1, 4.0, MondayMorning), new(1, 2, 3.5, MondayMorning), new(1, 3, 5.0, TuesdayNight),
        new(2, 1, 2.0, TuesdayNight), new(2, 3, 4.0, SundayMidnight),
        new(3, 1, 0.5, SundayMidnight),
    ];
}
