namespace MovieRecs.Storage;

/// <summary>The running statistics of one movie's ratings, from which its mean and norm follow.</summary>
/// <param name="MovieId">The movie.</param>
/// <param name="Count">The number of ratings.</param>
/// <param name="Sum">The sum of the rating values.</param>
/// <param name="SumOfSquares">The sum of the squared rating values, the squared norm of its column.</param>
public readonly record struct MovieRatingStatistics(int MovieId, long Count, double Sum, double SumOfSquares)
{
    /// <summary>The mean rating, or <see langword="null"/> when nobody rated the movie.</summary>
    public double? Mean => Count == 0 ? null : Sum / Count;
}
