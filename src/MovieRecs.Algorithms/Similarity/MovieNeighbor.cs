namespace MovieRecs.Algorithms.Similarity;

/// <summary>A neighbor of a movie named by its MovieLens id, the form item grains store and exchange.</summary>
/// <param name="MovieId">The neighbor's MovieLens movie id.</param>
/// <param name="Similarity">The similarity in [-1, 1].</param>
public readonly record struct MovieNeighbor(int MovieId, double Similarity);
