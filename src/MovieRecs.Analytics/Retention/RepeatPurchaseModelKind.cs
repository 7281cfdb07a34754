namespace MovieRecs.Analytics.Retention;

/// <summary>The ML.NET trainer of the repeat-purchase model.</summary>
public enum RepeatPurchaseModelKind
{
    /// <summary>L-BFGS logistic regression on standardised features; its outputs are probabilities by construction.</summary>
    Logistic,

    /// <summary>FastTree gradient boosted trees, with ML.NET's Platt calibration of the scores.</summary>
    FastTree,
}
