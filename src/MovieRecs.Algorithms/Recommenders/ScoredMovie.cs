namespace MovieRecs.Algorithms.Recommenders;

/// <summary>A recommended movie and the score the model ranked it by.</summary>
/// <param name="MovieId">The MovieLens movie id.</param>
/// <param name="Score">The ranking score; its meaning depends on the model (see <see cref="IRecommender.ScoreDescription"/>).</param>
public sealed record ScoredMovie(int MovieId, double Score);
