namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// The ratings of one user, keyed by MovieLens movie id, that a model scores against. A profile
/// may hold ratings the model was not trained on (ratings posted since), which every model folds in.
/// </summary>
public sealed class UserProfile
{
    /// <summary>Creates a profile; a later rating for the same movie replaces an earlier one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A rating is outside 0.5-5.0.</exception>
    public UserProfile(int userId, IEnumerable<KeyValuePair<int, double>> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);

        var byMovie = new Dictionary<int, double>();
        foreach ((int movieId, double value) in ratings)
        {
            if (value is < 0.5 or > 5.0 || double.IsNaN(value))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(ratings),
                    $"Rating {value} for movie {movieId} is outside 0.5-5.0.");
            }

            byMovie[movieId] = value;
        }

        UserId = userId;
        Ratings = byMovie;
        Mean = byMovie.Count == 0 ? double.NaN : byMovie.Values.Average();
    }

    /// <summary>The MovieLens user id; 0 or negative for an anonymous visitor.</summary>
    public int UserId { get; }

    /// <summary>The ratings by movie id.</summary>
    public IReadOnlyDictionary<int, double> Ratings { get; }

    /// <summary>The mean rating, or NaN for an empty profile.</summary>
    public double Mean { get; }

    /// <summary>Whether the profile contains no rating.</summary>
    public bool IsEmpty => Ratings.Count == 0;

    /// <summary>Creates an empty profile for a user.</summary>
    public static UserProfile Empty(int userId) => new(userId, []);
}
