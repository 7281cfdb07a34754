namespace MovieRecs.Analytics.Segmentation;

/// <summary>The settings of a customer segmentation run.</summary>
public sealed record SegmentationOptions
{
    /// <summary>The smallest number of segments tried, at least 2.</summary>
    public int KMin { get; init; } = 2;

    /// <summary>The largest number of segments tried; the data needs at least KMax + 1 customers.</summary>
    public int KMax { get; init; } = 8;

    /// <summary>The seed of k-means; the same seed and data give the same segments.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The k-means starts per fit; the one with the lowest inertia is kept.</summary>
    public int Restarts { get; init; } = 5;

    /// <summary>The refits with other seeds (Seed + 1, Seed + 2, ...) that measure stability.</summary>
    public int StabilityRuns { get; init; } = 5;

    /// <summary>The most customers whose silhouette is averaged; more are sampled with the seed.</summary>
    public int MaxSilhouettePoints { get; init; } = 4000;

    /// <summary>Whether demographic features (age, gender, occupation) join the behavioural ones where present.</summary>
    public bool UseDemographics { get; init; } = true;

    /// <summary>The word for customers in the generated segment names, such as "buyers" or "fans".</summary>
    public string CustomerNoun { get; init; } = "buyers";

    /// <summary>Checks the settings against the number of customers.</summary>
    /// <exception cref="ArgumentException">A setting is out of range, naming the setting and the value.</exception>
    public void Validate(int customerCount)
    {
        if (KMin < 2)
        {
            throw new ArgumentException($"k-min must be at least 2; got {KMin}.");
        }

        if (KMax < KMin)
        {
            throw new ArgumentException($"k-max must be at least k-min ({KMin}); got {KMax}.");
        }

        if (KMax > customerCount - 1)
        {
            throw new ArgumentException(
                $"k-max {KMax} needs at least {KMax + 1} customers for the silhouette; there are {customerCount}. " +
                "Lower k-max.");
        }

        if (Restarts < 1 || StabilityRuns < 1 || MaxSilhouettePoints < 2)
        {
            throw new ArgumentException(
                $"restarts ({Restarts}) and stability runs ({StabilityRuns}) must be at least 1, and the " +
                $"silhouette sample ({MaxSilhouettePoints}) at least 2.");
        }

        if (string.IsNullOrWhiteSpace(CustomerNoun))
        {
            throw new ArgumentException("The customer noun is empty; use a word such as buyers.");
        }
    }
}
