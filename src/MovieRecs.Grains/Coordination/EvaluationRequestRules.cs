using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Coordination;

/// <summary>
/// The argument checks of an <see cref="EvaluationRequest"/>, shared by the coordinator and the
/// workers.
/// </summary>
internal static class EvaluationRequestRules
{
    /// <summary>Throws on the first value that is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// K, the relevance threshold or the test fraction is out of range.
    /// </exception>
    public static void Validate(EvaluationRequest request)
    {
        const string threshold = nameof(request.RelevanceThreshold);
        const string fraction = nameof(request.TestFraction);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.K, nameof(request.K));
        ArgumentOutOfRangeException.ThrowIfLessThan(request.RelevanceThreshold, RatingScale.Min, threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.RelevanceThreshold, RatingScale.Max, threshold);
        if (request.Holdout == HoldoutKind.Random)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.TestFraction, 0.0, fraction);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(request.TestFraction, 1.0, fraction);
        }
    }
}
