namespace MovieRecs.Algorithms.Features;

/// <summary>
/// Options of the content feature vector: the weight of each block, the tag TF-IDF variant and the
/// release-year encoding.
/// </summary>
/// <remarks>
/// Each block of a movie's vector is scaled to unit L2 norm and then multiplied by its weight, and
/// the whole vector is scaled to unit norm. So the cosine of two movies that both have all three
/// blocks is the mean of the three block cosines weighted by the squared weights. A weight of 0
/// drops the block.
/// </remarks>
public sealed record ContentFeatureOptions
{
    /// <summary>The weight of the genre block, at least 0; 1 by default.</summary>
    public double GenreWeight { get; init; } = 1.0;

    /// <summary>The weight of the tag block, at least 0; 1 by default.</summary>
    public double TagWeight { get; init; } = 1.0;

    /// <summary>The weight of the release-year block, at least 0; 1 by default.</summary>
    public double YearWeight { get; init; } = 1.0;

    /// <summary>
    /// Whether a tag's term frequency is 1 + ln(tf) instead of tf, the number of users who applied
    /// the tag to the movie. True by default.
    /// </summary>
    public bool SublinearTagFrequency { get; init; } = true;

    /// <summary>
    /// The number of movies a tag must be on to become a column, at least 1; 2 by default, because
    /// a tag on one movie matches no other movie and only shrinks that movie's other weights.
    /// </summary>
    public int MinTagMovies { get; init; } = 2;

    /// <summary>How the release year is encoded; a smooth decade kernel by default.</summary>
    public ReleaseYearEncoding YearEncoding { get; init; } = ReleaseYearEncoding.SmoothDecade;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative or not finite, or MinTagMovies is below 1.</exception>
    public void Validate()
    {
        CheckWeight(GenreWeight, nameof(GenreWeight));
        CheckWeight(TagWeight, nameof(TagWeight));
        CheckWeight(YearWeight, nameof(YearWeight));
        if (MinTagMovies < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MinTagMovies),
                MinTagMovies,
                $"MinTagMovies must be at least 1; got {MinTagMovies}.");
        }
    }

    private static void CheckWeight(double weight, string name)
    {
        if (!double.IsFinite(weight) || weight < 0)
        {
            throw new ArgumentOutOfRangeException(name, weight, $"{name} must be a finite number of at least 0; got {weight}.");
        }
    }
}
