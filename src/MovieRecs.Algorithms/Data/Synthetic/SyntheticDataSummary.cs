namespace MovieRecs.Algorithms.Data.Synthetic;

/// <summary>What the synthetic generator wrote.</summary>
/// <param name="Directory">The full path of the output directory.</param>
/// <param name="Ratings">Rows written to ratings.csv.</param>
/// <param name="Users">Users, numbered 1 to this count; each has at least 20 ratings.</param>
/// <param name="Movies">Rows written to movies.csv, with ids 1 to this count.</param>
/// <param name="Tags">Rows written to tags.csv; 0 when no tags.csv was written.</param>
/// <param name="MaxRatingsPerUser">The ratings of the most active user.</param>
public sealed record SyntheticDataSummary(
    string Directory,
    long Ratings,
    int Users,
    int Movies,
    int Tags,
    int MaxRatingsPerUser);
