namespace MovieRecs.Grains.Abstractions;

/// <summary>How an evaluation splits the ratings into training and test sets.</summary>
[GenerateSerializer]
[Alias("MovieRecs.HoldoutKind")]
public enum HoldoutKind
{
    /// <summary>Each user's latest ratings form the test set.</summary>
    Temporal,

    /// <summary>A seeded random share of the ratings forms the test set.</summary>
    Random,
}
