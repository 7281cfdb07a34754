namespace MovieRecs.Algorithms.Tuning;

/// <summary>The validation metric a hyperparameter search optimizes.</summary>
public enum TuningMetric
{
    /// <summary>RMSE over the validation ratings the model predicts; lower is better.</summary>
    Rmse,

    /// <summary>MAE over the same ratings; lower is better.</summary>
    Mae,

    /// <summary>Mean nDCG@k over the validation users with a relevant movie; higher is better.</summary>
    Ndcg,

    /// <summary>Mean Precision@k over the same users; higher is better.</summary>
    Precision,
}
