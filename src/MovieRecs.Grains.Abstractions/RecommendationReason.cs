namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// The strongest piece of evidence behind a recommended movie's score, as a one-line reason such as
/// "because you rated Heat (1995) highly (5.0)".
/// </summary>
/// <param name="Kind">
/// What the evidence is: "rated-movie", "similar-user", "genre", "tag", "release-year",
/// "popularity" or "model".
/// </param>
/// <param name="Text">The reason as a sentence fragment that starts in lower case.</param>
/// <param name="Weight">
/// The part of the score this evidence accounts for, in the units of the score.
/// </param>
/// <param name="MovieId">The rated movie the reason names, when it names one.</param>
/// <param name="UserId">The similar user the reason names, when it names one.</param>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.RecommendationReason")]
public sealed record RecommendationReason(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Text,
    [property: Id(2)] double Weight,
    [property: Id(3)] int? MovieId = null,
    [property: Id(4)] int? UserId = null);
