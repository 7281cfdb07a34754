namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The descriptive statistics of the data set a silo loaded, as the library's dataset profile
/// computes them, for the charts and key numbers the gateway serves.
/// </summary>
/// <param name="Users">The number of users with at least one rating.</param>
/// <param name="Movies">The number of catalogue movies, rated or not.</param>
/// <param name="RatedMovies">The number of movies with at least one rating.</param>
/// <param name="Ratings">The number of ratings.</param>
/// <param name="SparsityPercent">The share of user x movie cells without a rating, in percent.</param>
/// <param name="FirstRating">The earliest rating time (UTC); null without ratings.</param>
/// <param name="LastRating">The latest rating time (UTC); null without ratings.</param>
/// <param name="MeanRating">The mean rating; 0 without ratings.</param>
/// <param name="RatingHistogram">The count of every half-star value from 0.5 to 5.0.</param>
/// <param name="RatingsPerUser">Rank and rating count of users, at log-spaced ranks.</param>
/// <param name="RatingsPerMovie">Rank and rating count of rated movies, at log-spaced ranks.</param>
/// <param name="RatingsPerMonth">The ratings of every month from the first to the last.</param>
/// <param name="RatingsByHour">24 counts by hour of day (UTC).</param>
/// <param name="RatingsByWeekday">7 counts by day of week (UTC), Monday first.</param>
/// <param name="Genres">The figures of every genre label, in ordinal order.</param>
/// <param name="GenreCooccurrence">Movies that carry genres i and j, indexed like the genres.</param>
/// <param name="Density">
/// The share of filled cells per block of users (rows, most active first) and movies (columns,
/// most rated first).
/// </param>
/// <param name="TopMoviesRatingShare">The share of ratings that go to the 1% most rated movies.</param>
/// <param name="MostRatedMovies">The most rated movies, most ratings first.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.DatasetProfileResult")]
public sealed record DatasetProfileResult(
    [property: Id(0)] int Users,
    [property: Id(1)] int Movies,
    [property: Id(2)] int RatedMovies,
    [property: Id(3)] int Ratings,
    [property: Id(4)] double SparsityPercent,
    [property: Id(5)] DateTimeOffset? FirstRating,
    [property: Id(6)] DateTimeOffset? LastRating,
    [property: Id(7)] double MeanRating,
    [property: Id(8)] IReadOnlyList<ValueCountResult> RatingHistogram,
    [property: Id(9)] IReadOnlyList<ValueCountResult> RatingsPerUser,
    [property: Id(10)] IReadOnlyList<ValueCountResult> RatingsPerMovie,
    [property: Id(11)] IReadOnlyList<MonthlyCountResult> RatingsPerMonth,
    [property: Id(12)] IReadOnlyList<int> RatingsByHour,
    [property: Id(13)] IReadOnlyList<int> RatingsByWeekday,
    [property: Id(14)] IReadOnlyList<GenreStatisticsResult> Genres,
    [property: Id(15)] IReadOnlyList<IReadOnlyList<int>> GenreCooccurrence,
    [property: Id(16)] IReadOnlyList<IReadOnlyList<double>> Density,
    [property: Id(17)] double TopMoviesRatingShare,
    [property: Id(18)] IReadOnlyList<MovieRatingCountResult> MostRatedMovies);
