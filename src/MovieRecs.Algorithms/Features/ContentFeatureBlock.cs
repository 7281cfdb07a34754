namespace MovieRecs.Algorithms.Features;

/// <summary>The block of the content feature vector a column belongs to.</summary>
public enum ContentFeatureBlock
{
    /// <summary>A genre label, one-hot.</summary>
    Genre,

    /// <summary>A normalized tag, weighted by TF-IDF.</summary>
    Tag,

    /// <summary>A release decade.</summary>
    ReleaseYear,
}
