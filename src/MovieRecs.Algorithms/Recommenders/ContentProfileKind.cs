namespace MovieRecs.Algorithms.Recommenders;

/// <summary>How a content-based model sums a user's rated movies into a profile.</summary>
public enum ContentProfileKind
{
    /// <summary>
    /// The sum of the feature vectors of the movies rated at or above the liked threshold (or, when
    /// none is, at or above the user's mean).
    /// </summary>
    Liked,

    /// <summary>
    /// The sum of every rated movie's feature vector times its rating minus the user's mean, so
    /// disliked movies push their features down.
    /// </summary>
    RatingCentred,
}
