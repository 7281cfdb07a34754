namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// Options of <see cref="HybridRecommender"/>: the blend weight and the thresholds that switch a
/// user or a movie to the content model.
/// </summary>
/// <remarks>
/// The defaults are the values <see cref="HybridTuning"/> picks with biased-mf on the validation
/// split carved out of the training part of ml-latest-small's temporal holdout. Validation RMSE
/// was 0.8566 at weight 0.65 (biased-mf alone 0.8702, content alone 0.9033) and 0.8523 with
/// movies under 2 ratings switched to content. Validation nDCG@10 was 0.0201 at ranking weight
/// 0.85 (0.0181 at 1). On simulated new users the content switch raised RMSE at every threshold
/// (0.9723 without it, 0.9882 below 2 ratings), so only users without ratings switch.
/// docs/evaluation.md lists every candidate.
/// </remarks>
public sealed record HybridOptions
{
    /// <summary>The default of <see cref="MinUserRatings"/>.</summary>
    public const int DefaultMinUserRatings = 1;

    /// <summary>The default of <see cref="MinMovieRatings"/>.</summary>
    public const int DefaultMinMovieRatings = 2;

    /// <summary>The default of <see cref="CollaborativeWeight"/>.</summary>
    public const double DefaultCollaborativeWeight = 0.65;

    /// <summary>The default of <see cref="RankingCollaborativeWeight"/>.</summary>
    public const double DefaultRankingCollaborativeWeight = 0.80;

    /// <summary>
    /// The number of ratings a user needs for the blend, at least 1; a user with fewer is served
    /// by the content model alone, and a user with none by popularity.
    /// </summary>
    public int MinUserRatings { get; init; } = DefaultMinUserRatings;

    /// <summary>
    /// The number of training ratings a movie needs for the blend, at least 0; a movie with fewer
    /// is scored by the content model alone. 0 never switches.
    /// </summary>
    public int MinMovieRatings { get; init; } = DefaultMinMovieRatings;

    /// <summary>The weight of the collaborative predicted rating in the blended rating prediction, in [0, 1].</summary>
    public double CollaborativeWeight { get; init; } = DefaultCollaborativeWeight;

    /// <summary>
    /// The weight of the standardized collaborative score in the blended top-N score, in [0, 1].
    /// It is separate from <see cref="CollaborativeWeight"/> because validation RMSE and validation
    /// nDCG@10 pick different weights.
    /// </summary>
    public double RankingCollaborativeWeight { get; init; } = DefaultRankingCollaborativeWeight;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    public void Validate()
    {
        if (MinUserRatings < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MinUserRatings),
                MinUserRatings,
                $"MinUserRatings must be at least 1; got {MinUserRatings}.");
        }

        if (MinMovieRatings < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MinMovieRatings),
                MinMovieRatings,
                $"MinMovieRatings must be at least 0; got {MinMovieRatings}.");
        }

        CheckWeight(CollaborativeWeight, nameof(CollaborativeWeight));
        CheckWeight(RankingCollaborativeWeight, nameof(RankingCollaborativeWeight));
    }

    private static void CheckWeight(double weight, string name)
    {
        if (weight is < 0 or > 1 || double.IsNaN(weight))
        {
            throw new ArgumentOutOfRangeException(name, weight, $"{name} must be within [0, 1]; got {weight}.");
        }
    }
}
