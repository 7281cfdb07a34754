namespace MovieRecs.Algorithms.Data;

/// <summary>
/// A validated MovieLens data set in memory: the catalogue, the ratings, tags and links, the users'
/// demographics where the release has them, and the report of what loading kept, fixed and skipped.
/// </summary>
public sealed class MovieLensDataset
{
    private readonly Dictionary<int, Movie> _moviesById;

    /// <summary>Creates a data set from rows that have already passed validation.</summary>
    /// <param name="movies">The catalogue.</param>
    /// <param name="ratings">The ratings.</param>
    /// <param name="tags">The tags, empty where the release has none.</param>
    /// <param name="links">The IMDb and TMDb links, empty where the release has none.</param>
    /// <param name="report">The validation report of the load.</param>
    /// <param name="users">The users' demographics (MovieLens 100K's u.user), or null for none.</param>
    /// <exception cref="ArgumentException">Two movies share an id.</exception>
    public MovieLensDataset(
        IReadOnlyList<Movie> movies,
        IReadOnlyList<Rating> ratings,
        IReadOnlyList<MovieTag> tags,
        IReadOnlyList<MovieLink> links,
        LoadReport report,
        IReadOnlyList<MovieLensUser>? users = null)
    {
        ArgumentNullException.ThrowIfNull(movies);
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(report);

        _moviesById = new Dictionary<int, Movie>(movies.Count);
        foreach (Movie movie in movies)
        {
            if (!_moviesById.TryAdd(movie.MovieId, movie))
            {
                throw new ArgumentException($"Movie id {movie.MovieId} occurs twice.", nameof(movies));
            }
        }

        Movies = movies;
        Ratings = ratings;
        Tags = tags;
        Links = links;
        Report = report;
        Users = users ?? [];
        Genres = movies
            .SelectMany(movie => movie.Genres)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The movies in file order.</summary>
    public IReadOnlyList<Movie> Movies { get; }

    /// <summary>The ratings in file order.</summary>
    public IReadOnlyList<Rating> Ratings { get; }

    /// <summary>The tags in file order.</summary>
    public IReadOnlyList<MovieTag> Tags { get; }

    /// <summary>The IMDb and TMDb links in file order.</summary>
    public IReadOnlyList<MovieLink> Links { get; }

    /// <summary>The distinct genre labels in ordinal order, "(no genres listed)" included.</summary>
    public IReadOnlyList<string> Genres { get; }

    /// <summary>
    /// The users' demographics in file order: u.user for MovieLens 100K, empty for the "latest" layout,
    /// which publishes none.
    /// </summary>
    public IReadOnlyList<MovieLensUser> Users { get; }

    /// <summary>The validation report of the load that produced this data set.</summary>
    public LoadReport Report { get; }

    /// <summary>The number of distinct users that have at least one rating.</summary>
    public int UserCount => Ratings.Select(rating => rating.UserId).Distinct().Count();

    /// <summary>Looks up a movie by its MovieLens id.</summary>
    public bool TryGetMovie(int movieId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Movie? movie) =>
        _moviesById.TryGetValue(movieId, out movie);
}
