namespace MovieRecs.Algorithms.Data;

/// <summary>A free-text tag a user attached to a movie, with the Unix time in seconds.</summary>
/// <param name="UserId">The MovieLens user id.</param>
/// <param name="MovieId">The MovieLens movie id.</param>
/// <param name="Text">The tag as the user typed it.</param>
/// <param name="Timestamp">Seconds since 1970-01-01T00:00:00Z.</param>
public sealed record MovieTag(int UserId, int MovieId, string Text, long Timestamp);
