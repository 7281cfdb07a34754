using MovieRecs.Analytics.Retention;
using MovieRecs.Analytics.Segmentation;

namespace MovieRecs.Analytics.Factors;

/// <summary>The settings of an influencing-factor analysis.</summary>
public sealed record FactorOptions
{
    /// <summary>
    /// The test cutoff of the repeat-purchase model, or null for the latest cutoff whose horizon the
    /// log covers (<see cref="RepeatPurchaseForecaster.DefaultCutoff"/>).
    /// </summary>
    public DateTimeOffset? Cutoff { get; init; }

    /// <summary>The repeat-purchase settings: horizon, training cutoffs, population and model.</summary>
    public RepeatPurchaseOptions Repeat { get; init; } = new();

    /// <summary>
    /// The seeded shuffles per feature of the permutation importance, at least 10 for a usable
    /// spread.
    /// </summary>
    public int PermutationRepeats { get; init; } = 20;

    /// <summary>
    /// The bootstrap resamples over customers (coefficient and lift intervals); 0 leaves the
    /// intervals out.
    /// </summary>
    public int BootstrapSamples { get; init; } = 200;

    /// <summary>
    /// The ridge penalty λ of the logistic regression whose coefficients are reported, on features
    /// standardised to variance 1. λ = 1 against thousands of examples barely moves the estimates
    /// but keeps them finite when a feature separates the outcomes.
    /// </summary>
    public double Ridge { get; init; } = 1;

    /// <summary>The share of purchases, the latest, held out to test the rating model; inside (0, 1).</summary>
    public double TestShare { get; init; } = 0.2;

    /// <summary>
    /// The maximum number of categories (genres) with their own indicator in the rating model, the
    /// most bought first.
    /// </summary>
    public int MaxCategories { get; init; } = 20;

    /// <summary>The segmentation settings, for the rating model's segment and for the lift per segment.</summary>
    public SegmentationOptions Segmentation { get; init; } = new();

    /// <summary>The seed of the shuffles and the bootstrap.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Throws when a setting is out of range, naming it and the value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Repeat);
        ArgumentNullException.ThrowIfNull(Segmentation);
        Repeat.Validate();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(PermutationRepeats);
        ArgumentOutOfRangeException.ThrowIfNegative(BootstrapSamples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxCategories);
        if (!(Ridge >= 0 && double.IsFinite(Ridge)))
        {
            throw new ArgumentOutOfRangeException(
                nameof(Ridge), Ridge, $"The ridge penalty must be 0 or more; got {Ridge}.");
        }

        if (!(TestShare > 0 && TestShare < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(TestShare), TestShare, $"The test share must lie inside (0, 1); got {TestShare}.");
        }
    }
}
