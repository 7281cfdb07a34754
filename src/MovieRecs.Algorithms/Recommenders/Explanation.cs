namespace MovieRecs.Algorithms.Recommenders;

/// <summary>What kind of evidence a <see cref="Contribution"/> is.</summary>
public enum ContributionKind
{
    /// <summary>A global, user or movie bias of a baseline or factorization model.</summary>
    Bias,

    /// <summary>A movie the user rated, through its similarity or its learned weight.</summary>
    RatedMovie,

    /// <summary>Another user who rated the movie, through their similarity to this user.</summary>
    SimilarUser,

    /// <summary>A genre the movie shares with the user's profile.</summary>
    Genre,

    /// <summary>A tag the movie shares with the user's profile.</summary>
    Tag,

    /// <summary>The movie's release year against the years the user likes.</summary>
    ReleaseYear,

    /// <summary>The movie's popularity or average rating over all users.</summary>
    Popularity,

    /// <summary>A member model of a blend or a hybrid, weighted by its share.</summary>
    Model,

    /// <summary>
    /// The shift that clamps a rating prediction into the 0.5-5.0 scale, so the weights add up
    /// to the clamped score.
    /// </summary>
    Clamp,
}

/// <summary>
/// One piece of evidence behind a score: a rated movie, a similar user, a genre or a bias, with
/// the part of the score it accounts for.
/// </summary>
/// <param name="Kind">What kind of evidence this is.</param>
/// <param name="Label">A short human-readable name, such as a movie title or a genre.</param>
/// <param name="Weight">
/// The part of the score this evidence accounts for, in the units of the score; positive pushes
/// the movie up, negative pushes it down.
/// </param>
/// <param name="MovieId">The rated or popular movie this evidence is, when it is one.</param>
/// <param name="UserId">The similar user this evidence is, when it is one.</param>
public sealed record Contribution(
    ContributionKind Kind,
    string Label,
    double Weight,
    int? MovieId = null,
    int? UserId = null);

/// <summary>Why a model scores a movie as it does for one user: its strongest contributions.</summary>
/// <remarks>
/// For a rating model the score is the prediction clamped to 0.5-5.0, which is what
/// <see cref="IRecommender.PredictRating"/> returns and <see cref="IRecommender.Recommend"/> ranks
/// by. When every contribution is returned, the weights add up to the score up to rounding.
/// </remarks>
/// <param name="MovieId">The movie explained.</param>
/// <param name="Score">The score the model gives the movie, as in its top-N lists.</param>
/// <param name="Contributions">The strongest contributions, largest absolute weight first.</param>
public sealed record Explanation(int MovieId, double Score, IReadOnlyList<Contribution> Contributions);
