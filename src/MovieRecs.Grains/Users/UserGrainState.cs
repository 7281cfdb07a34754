using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Users;

/// <summary>
/// The persisted part of a user grain: the ratings posted to the service, by movie id.
/// </summary>
[GenerateSerializer]
[Alias("MovieRecs.UserGrainState")]
public sealed class UserGrainState
{
    /// <summary>
    /// The posted ratings by movie id; each replaces the data set rating of the same movie.
    /// </summary>
    [Id(0)]
    public Dictionary<int, UserRating> PostedRatings { get; set; } = [];
}
