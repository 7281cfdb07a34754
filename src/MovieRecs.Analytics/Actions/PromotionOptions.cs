using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Analytics.Actions;

/// <summary>The settings of personalised and per-segment promotions.</summary>
public sealed record PromotionOptions
{
    /// <summary>The recommender, by the name the command line uses; the default is implicit ALS ("wals").</summary>
    public string Model { get; init; } = RecommenderCatalog.DefaultModel;

    /// <summary>
    /// Parameter values set on the recommender's options by the names that <c>movierecs tune</c> uses,
    /// such as regularization for wals; empty keeps the shipped defaults.
    /// </summary>
    public IReadOnlyDictionary<string, double> Parameters { get; init; } = new Dictionary<string, double>();

    /// <summary>The maximum number of products promoted to each customer.</summary>
    public int Count { get; init; } = 5;

    /// <summary>The maximum number of products promoted to each segment.</summary>
    public int SegmentCount { get; init; } = 5;

    /// <summary>
    /// The minimum number of a segment's customers who bought a product for it to be promoted to the
    /// segment (all of them in a smaller segment), so that one or two buyers do not make a product
    /// look over-represented.
    /// </summary>
    public int MinSegmentBuyers { get; init; } = 5;

    /// <summary>How purchases become the recommender's interaction strengths.</summary>
    public InteractionStrength Interaction { get; init; } = InteractionStrength.Units;

    /// <summary>The verb of the reasons, such as "bought" or "rated".</summary>
    public string Verb { get; init; } = "bought";

    /// <summary>The contributions of the recommender's explanation that a reason names.</summary>
    public int ReasonContributions { get; init; } = 2;

    /// <summary>Throws when a setting is out of range, naming it and the value.</summary>
    /// <exception cref="ArgumentException">The model is unknown or the verb is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(SegmentCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MinSegmentBuyers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ReasonContributions);
        if (!RecommenderCatalog.Contains(Model))
        {
            throw new ArgumentException(
                $"Unknown model '{Model}'. Known models: {string.Join(", ", RecommenderCatalog.Names)}.",
                nameof(Model));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(Verb);
        ArgumentNullException.ThrowIfNull(Parameters);
    }
}
