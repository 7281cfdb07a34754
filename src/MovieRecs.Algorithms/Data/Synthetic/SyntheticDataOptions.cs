namespace MovieRecs.Algorithms.Data.Synthetic;

/// <summary>The size and seed of a synthetic MovieLens-format data set.</summary>
public sealed record SyntheticDataOptions
{
    /// <summary>The largest rating count accepted, so every count fits the loader's lists.</summary>
    public const long MaxRatings = 1_000_000_000;

    /// <summary>The exact number of ratings to write, at least 20 per user.</summary>
    public long Ratings { get; init; } = 100_000;

    /// <summary>
    /// The number of users; <see langword="null"/> for one user per 165.3 ratings, the mean of
    /// ml-latest-small.
    /// </summary>
    public int? Users { get; init; }

    /// <summary>
    /// The number of movies; <see langword="null"/> for 10 √Ratings (3,162 at 100k ratings,
    /// 10,000 at 1M, 31,623 at 10M), at least 1,000.
    /// </summary>
    public int? Movies { get; init; }

    /// <summary>The seed; the same seed and sizes give byte-identical files.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The number of tag rows to write to tags.csv; 0 writes no tags.csv.</summary>
    public int Tags { get; init; }

    /// <summary>The user count that <see cref="Users"/> stands for.</summary>
    public int ResolvedUsers => Users ?? (int)Math.Max(1, Math.Round(Ratings / MovieLensShape.RatingsPerUser));

    /// <summary>The movie count that <see cref="Movies"/> stands for.</summary>
    public int ResolvedMovies => Movies ?? (int)Math.Min(int.MaxValue, Math.Max(1000, Math.Round(10 * Math.Sqrt(Ratings))));

    /// <summary>The most ratings one user may get: 16 times the mean, at least 20, at most every movie.</summary>
    public int MaxRatingsPerUser
    {
        get
        {
            double mean = (double)Ratings / ResolvedUsers;
            double cap = Math.Max(MovieLensShape.MinRatingsPerUser, MovieLensShape.MaxOverMeanRatingsPerUser * mean);
            return (int)Math.Min(ResolvedMovies, Math.Floor(cap));
        }
    }

    /// <summary>Checks that the sizes can be met.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is out of range or the sizes contradict.</exception>
    public void Validate()
    {
        if (Ratings < 1 || Ratings > MaxRatings)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Ratings),
                Ratings,
                $"The rating count must be between 1 and {MaxRatings:N0}; got {Ratings:N0}.");
        }

        if (Users is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Users), Users, $"The user count must be positive; got {Users}.");
        }

        if (Movies is < MovieLensShape.MinRatingsPerUser)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Movies),
                Movies,
                $"The movie count must be at least {MovieLensShape.MinRatingsPerUser}, the ratings of the " +
                $"least active user; got {Movies}.");
        }

        if (Tags < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Tags), Tags, $"The tag count must not be negative; got {Tags}.");
        }

        long users = ResolvedUsers;
        if (Ratings < users * MovieLensShape.MinRatingsPerUser)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Ratings),
                Ratings,
                $"{Ratings:N0} ratings are too few for {users:N0} {(users == 1 ? "user" : "users")} with at least " +
                $"{MovieLensShape.MinRatingsPerUser} ratings each; ask for at least " +
                $"{users * MovieLensShape.MinRatingsPerUser:N0} ratings or fewer users.");
        }

        long capacity = users * MaxRatingsPerUser;
        if (Ratings > capacity)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Ratings),
                Ratings,
                $"{Ratings:N0} ratings do not fit {users:N0} users with at most {MaxRatingsPerUser:N0} ratings " +
                $"each over {ResolvedMovies:N0} movies; ask for more users or movies, or at most " +
                $"{capacity:N0} ratings.");
        }
    }
}
