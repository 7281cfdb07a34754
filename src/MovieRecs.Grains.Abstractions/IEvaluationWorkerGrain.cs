namespace MovieRecs.Grains.Abstractions;

/// <summary>
/// A worker that evaluates one model on its silo's copy of the data set. Keyed by worker slot; slot
/// s runs on silo s mod N of the N silos ordered by address.
/// </summary>
[Alias("MovieRecs.IEvaluationWorkerGrain")]
public interface IEvaluationWorkerGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Splits the ratings as the request specifies, fits the model on the training part and
    /// measures it.
    /// </summary>
    /// <exception cref="UnknownModelException">The model name is not known.</exception>
    [Alias("Evaluate")]
    [ResponseTimeout("01:00:00")]
    Task<ModelEvaluationResult> EvaluateAsync(
        string model,
        EvaluationRequest request,
        CancellationToken cancellationToken = default);
}
