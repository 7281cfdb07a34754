namespace MovieRecs.Algorithms.Recommenders;

/// <summary>How a neighborhood model turns its neighbors' ratings into a prediction.</summary>
public enum KnnPrediction
{
    /// <summary>The similarity-weighted average of the neighbors' raw ratings.</summary>
    Raw,

    /// <summary>
    /// The target's mean plus the similarity-weighted average of the neighbors' offsets from their
    /// own means.
    /// </summary>
    MeanCentered,

    /// <summary>
    /// The baseline mu + b(u) + b(i) plus the similarity-weighted average of the neighbors'
    /// offsets from their own baselines (Koren, TKDD 2010, the KNNBaseline of Surprise).
    /// </summary>
    BaselineAdjusted,
}
