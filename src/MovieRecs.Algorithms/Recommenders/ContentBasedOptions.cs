using MovieRecs.Algorithms.Features;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>Options of <see cref="ContentBasedRecommender"/>.</summary>
public sealed record ContentBasedOptions
{
    /// <summary>The feature vector: block weights, tag TF-IDF variant, year encoding.</summary>
    public ContentFeatureOptions Features { get; init; } = new();

    /// <summary>How the user's profile is built; liked movies by default.</summary>
    public ContentProfileKind Profile { get; init; } = ContentProfileKind.Liked;

    /// <summary>The rating at or above which a movie counts as liked, in 0.5-5.0; 4.0 by default.</summary>
    public double LikedThreshold { get; init; } = 4.0;

    /// <summary>The number of closest rated movies a rating prediction averages over; 40 by default.</summary>
    public int MaxNeighbors { get; init; } = 40;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    public void Validate()
    {
        Features.Validate();
        if (LikedThreshold is < 0.5 or > 5.0 || double.IsNaN(LikedThreshold))
        {
            throw new ArgumentOutOfRangeException(
                nameof(LikedThreshold),
                LikedThreshold,
                $"LikedThreshold must be within 0.5-5.0; got {LikedThreshold}.");
        }

        if (MaxNeighbors < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxNeighbors),
                MaxNeighbors,
                $"MaxNeighbors must be at least 1; got {MaxNeighbors}.");
        }
    }
}
