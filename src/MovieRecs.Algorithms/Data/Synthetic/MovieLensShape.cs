namespace MovieRecs.Algorithms.Data.Synthetic;

/// <summary>
/// The shape of ml-latest-small (MovieLens 2018, 100,836 ratings) that the synthetic generator
/// imitates, as printed by benchmarks/synthetic/movielens_shape.py on that folder.
/// </summary>
internal static class MovieLensShape
{
    /// <summary>The fewest ratings any MovieLens user has.</summary>
    public const int MinRatingsPerUser = 20;

    /// <summary>Mean and standard deviation of log(count - 20 + 1) over the users' rating counts.</summary>
    public const double LogExtraRatingsMean = 3.8727;

    /// <inheritdoc cref="LogExtraRatingsMean"/>
    public const double LogExtraRatingsSd = 1.6241;

    /// <summary>100,836 ratings over 610 users.</summary>
    public const double RatingsPerUser = 100_836.0 / 610;

    /// <summary>The most active user's 2,698 ratings over the mean of 165.3, rounded down.</summary>
    public const int MaxOverMeanRatingsPerUser = 16;

    /// <summary>The Zipf-Mandelbrot exponent s of a movie's rating count ~ (rank + q)^-s.</summary>
    public const double PopularityExponent = 2.0;

    /// <summary>The Zipf-Mandelbrot offset q as a fraction of the movie count.</summary>
    public const double PopularityOffset = 0.075;

    /// <summary>The standard deviation of all ratings.</summary>
    public const double RatingSd = 1.0425;

    /// <summary>The standard deviation of the users' mean ratings.</summary>
    public const double UserMeanSd = 0.4802;

    /// <summary>The standard deviation of the mean ratings of movies with 20 or more ratings.</summary>
    public const double MovieMeanSd = 0.4387;

    /// <summary>The half-star values 0.5 to 5.0 and how many ratings have each.</summary>
    public static ReadOnlySpan<int> RatingHistogram =>
        [1370, 2811, 1791, 7551, 5550, 20047, 13136, 26818, 8551, 13211];

    /// <summary>The genre labels of movies.csv and how many movies carry each.</summary>
    public static IReadOnlyList<(string Genre, int Movies)> Genres { get; } =
    [
        ("Drama", 4361), ("Comedy", 3756), ("Thriller", 1894), ("Action", 1828), ("Romance", 1596),
        ("Adventure", 1263), ("Crime", 1199), ("Sci-Fi", 980), ("Horror", 978), ("Fantasy", 779),
        ("Children", 664), ("Animation", 611), ("Mystery", 573), ("Documentary", 440), ("War", 382),
        ("Musical", 334), ("Western", 167), ("IMAX", 158), ("Film-Noir", 87),
    ];

    /// <summary>
    /// How many movies have 1, 2, ... 7 genre labels; the 14 movies with 7 or more are counted
    /// at 7, and the 34 with none are left out.
    /// </summary>
    public static ReadOnlySpan<int> GenresPerMovie => [2851, 3218, 2338, 987, 271, 63, 14];
}
