namespace MovieRecs.Algorithms.Exploration;

/// <summary>
/// The descriptive statistics of a rating data set that its charts and reports show: key numbers,
/// distributions of ratings over values, users, movies, time and genres, and the matrix density.
/// </summary>
/// <param name="Users">The number of distinct users with at least one rating.</param>
/// <param name="Movies">The number of movies in the catalogue, rated or not.</param>
/// <param name="RatedMovies">The number of distinct movies with at least one rating.</param>
/// <param name="Ratings">The number of ratings.</param>
/// <param name="SparsityPercent">
/// The share of user x movie cells without a rating, in percent: 100 (1 - ratings / (users x
/// movies)), with every catalogue movie counted; 100 when there are no ratings.
/// </param>
/// <param name="FirstRating">The earliest rating time (UTC); <see langword="null"/> without ratings.</param>
/// <param name="LastRating">The latest rating time (UTC); <see langword="null"/> without ratings.</param>
/// <param name="MeanRating">The mean rating on the 0.5-5.0 scale; 0 without ratings.</param>
/// <param name="RatingHistogram">
/// The count of every half-star value from 0.5 to 5.0, in ascending order, zeros included.
/// </param>
/// <param name="RatingsPerUser">
/// The rank-frequency curve of ratings per user, sampled at log-spaced ranks (every rank up to
/// about 20, the last rank always).
/// </param>
/// <param name="RatingsPerMovie">The same curve of ratings per rated movie.</param>
/// <param name="RatingsPerMonth">
/// The ratings of every calendar month (UTC) from the first rating's to the last one's, zeros
/// included.
/// </param>
/// <param name="RatingsByHour">24 counts of ratings by hour of day (UTC), hour 0 first.</param>
/// <param name="RatingsByWeekday">7 counts of ratings by day of week (UTC), Monday first.</param>
/// <param name="Genres">The figures of every genre label, in ordinal order of the label.</param>
/// <param name="GenreCooccurrence">
/// The number of movies that carry both genre i and genre j, indexed like <paramref name="Genres"/>;
/// the diagonal contains each genre's movie count.
/// </param>
/// <param name="Density">The matrix density by blocks of users and movies.</param>
/// <param name="TopMoviesRatingShare">
/// The share of all ratings, in [0, 1], that go to the 1% most rated catalogue movies (at least one
/// movie).
/// </param>
/// <param name="MostRatedMovies">The most rated movies, most ratings first, then by movie id.</param>
public sealed record DatasetProfile(
    int Users,
    int Movies,
    int RatedMovies,
    int Ratings,
    double SparsityPercent,
    DateTimeOffset? FirstRating,
    DateTimeOffset? LastRating,
    double MeanRating,
    IReadOnlyList<RatingValueCount> RatingHistogram,
    IReadOnlyList<RankedCount> RatingsPerUser,
    IReadOnlyList<RankedCount> RatingsPerMovie,
    IReadOnlyList<MonthlyCount> RatingsPerMonth,
    IReadOnlyList<int> RatingsByHour,
    IReadOnlyList<int> RatingsByWeekday,
    IReadOnlyList<GenreStatistics> Genres,
    IReadOnlyList<IReadOnlyList<int>> GenreCooccurrence,
    DensityGrid Density,
    double TopMoviesRatingShare,
    IReadOnlyList<MovieRatingCount> MostRatedMovies);
