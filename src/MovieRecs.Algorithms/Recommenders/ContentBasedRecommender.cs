using MovieRecs.Algorithms.Similarity;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// Genre content-based filtering: the user's profile is the sum of the genre one-hot vectors of the
/// movies they liked, and every movie is scored by the cosine between its genre vector and that profile.
/// </summary>
/// <remarks>
/// A movie is "liked" when its rating is at least <see cref="LikedThreshold"/>; a user with no such
/// rating likes the movies rated at or above their own mean instead. Rating predictions use the
/// same genre cosine between movies: the user's mean plus the similarity-weighted mean offset of
/// their ratings of the <see cref="MaxNeighbors"/> rated movies closest in genre (positive
/// similarity only), the content-based analogue of item-item prediction.
/// </remarks>
public sealed class ContentBasedRecommender(double likedThreshold = 4.0, int maxNeighbors = 20) : RecommenderBase
{
    /// <inheritdoc />
    public override string Name => "content";

    /// <inheritdoc />
    public override string ScoreDescription => "cosine between the movie's genres and the user's liked genres";

    /// <summary>The rating at or above which a movie counts as liked.</summary>
    public double LikedThreshold => likedThreshold;

    /// <summary>The number of genre-closest rated movies a prediction averages over.</summary>
    public int MaxNeighbors => maxNeighbors;

    /// <summary>Builds the genre profile of a user: genre counts over the liked movies.</summary>
    public double[] BuildProfile(UserProfile user)
    {
        ArgumentNullException.ThrowIfNull(user);

        var genres = Data.Genres;
        var profile = new double[genres.Genres.Count];
        bool anyLiked = user.Ratings.Values.Any(value => value >= likedThreshold);
        double threshold = anyLiked ? likedThreshold : user.Mean;
        foreach ((int movieId, double value) in user.Ratings)
        {
            if (value < threshold || !Data.Ratings.Items.TryGetIndex(movieId, out int item))
            {
                continue;
            }

            ReadOnlySpan<int> indices = genres.Matrix.RowIndices(item);
            ReadOnlySpan<double> values = genres.Matrix.RowValues(item);
            for (int position = 0; position < indices.Length; position++)
            {
                profile[indices[position]] += values[position];
            }
        }

        return profile;
    }

    /// <inheritdoc />
    protected override void FitCore(TrainingData data)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxNeighbors);
        ArgumentOutOfRangeException.ThrowIfLessThan(likedThreshold, 0.5);
    }

    /// <inheritdoc />
    protected override double? PredictCore(UserProfile user, int itemIndex)
    {
        if (user.IsEmpty)
        {
            return null;
        }

        var genres = Data.Genres;
        var neighbors = new List<(double Similarity, double Rating, int MovieId)>();
        foreach ((int movieId, double value) in user.Ratings)
        {
            if (!Data.Ratings.Items.TryGetIndex(movieId, out int rated) || rated == itemIndex)
            {
                continue;
            }

            double? similarity = VectorSimilarity.Cosine(
                genres.Matrix.RowIndices(itemIndex),
                genres.Matrix.RowValues(itemIndex),
                genres.Matrix.RowIndices(rated),
                genres.Matrix.RowValues(rated));
            if (similarity is double positive && positive > 0)
            {
                neighbors.Add((positive, value, movieId));
            }
        }

        if (neighbors.Count == 0)
        {
            return null;
        }

        double weighted = 0;
        double weights = 0;
        foreach (var neighbor in neighbors
            .OrderByDescending(neighbor => neighbor.Similarity)
            .ThenBy(neighbor => neighbor.MovieId)
            .Take(maxNeighbors))
        {
            weighted += neighbor.Similarity * (neighbor.Rating - user.Mean);
            weights += neighbor.Similarity;
        }

        return user.Mean + (weighted / weights);
    }

    /// <inheritdoc />
    protected override IEnumerable<(int ItemIndex, double Score)> ScoreCandidates(
        UserProfile user,
        IReadOnlySet<int> ratedItems)
    {
        double[] profile = BuildProfile(user);
        var genres = Data.Genres;
        var row = new double[profile.Length];
        for (int item = 0; item < Data.Ratings.Items.Count; item++)
        {
            if (ratedItems.Contains(item))
            {
                continue;
            }

            genres.CopyRow(item, row);

            // A zero profile or a movie with no genre row has no defined cosine: it is not scored.
            double? similarity = VectorSimilarity.Cosine(profile, row);
            if (similarity is double score)
            {
                yield return (item, score);
            }
        }
    }
}
