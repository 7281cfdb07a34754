using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Retention;

/// <summary>
/// Builds labelled examples for the repeat-purchase model without leaking the future: features at a
/// cutoff come from purchases before it, and a training set for a test cutoff only contains cutoffs
/// whose label windows end by the test cutoff.
/// </summary>
public static class RepeatPurchaseExamples
{
    /// <summary>
    /// Returns one example per customer with a purchase before <paramref name="cutoff"/>, labelled by
    /// whether the customer bought in [cutoff, cutoff + <paramref name="horizon"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is not positive.</exception>
    public static IReadOnlyList<RepeatPurchaseExample> AtCutoff(PurchaseLog log, DateTimeOffset cutoff, TimeSpan horizon)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(horizon, TimeSpan.Zero);

        DateTimeOffset labelEnd = cutoff + horizon;
        return CustomerFeatureExtractor.AtCutoff(log, cutoff)
            .Select(features =>
            {
                IReadOnlyList<Purchase> purchases = log.GetPurchases(features.CustomerId);
                int before = CustomerFeatureExtractor.CountBefore(purchases, cutoff);
                bool returned = before < purchases.Count && purchases[before].Timestamp < labelEnd;
                return new RepeatPurchaseExample(features, returned);
            })
            .ToArray();
    }

    /// <summary>
    /// Returns the training cutoffs of a test cutoff, newest first: the first lies one horizon before
    /// the test cutoff, so its label window ends exactly at the test cutoff, and each next one
    /// <paramref name="step"/> earlier.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count or span is not positive.</exception>
    public static IReadOnlyList<DateTimeOffset> TrainingCutoffs(
        DateTimeOffset testCutoff,
        TimeSpan horizon,
        int count,
        TimeSpan step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(horizon, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, TimeSpan.Zero);
        return Enumerable.Range(0, count).Select(k => testCutoff - horizon - (k * step)).ToArray();
    }

    /// <summary>
    /// Returns the training examples for <paramref name="testCutoff"/>: the examples at every
    /// training cutoff, built from <c>log.Before(testCutoff)</c>, so no purchase at or after the test
    /// cutoff can reach features or labels. Cutoffs before the first purchase give no examples.
    /// </summary>
    public static IReadOnlyList<RepeatPurchaseExample> TrainingSet(
        PurchaseLog log,
        DateTimeOffset testCutoff,
        IReadOnlyList<DateTimeOffset> trainingCutoffs,
        TimeSpan horizon)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(trainingCutoffs);
        foreach (DateTimeOffset cutoff in trainingCutoffs)
        {
            if (cutoff + horizon > testCutoff)
            {
                throw new ArgumentException(
                    $"Training cutoff {cutoff:yyyy-MM-dd HH:mm} has a label window that ends after the test cutoff " +
                    $"{testCutoff:yyyy-MM-dd HH:mm}.",
                    nameof(trainingCutoffs));
            }
        }

        PurchaseLog past = log.Before(testCutoff);
        return trainingCutoffs.SelectMany(cutoff => AtCutoff(past, cutoff, horizon)).ToArray();
    }
}
