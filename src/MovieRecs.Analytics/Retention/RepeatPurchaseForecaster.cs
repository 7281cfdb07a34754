using System.Diagnostics;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Retention;

/// <summary>
/// Predicts, for a cutoff, the probability that each customer buys again within the horizon. The
/// model trains on examples from earlier cutoffs whose label windows end by the test cutoff, and is
/// compared with a recency-only baseline on the customers at the test cutoff.
/// </summary>
public static class RepeatPurchaseForecaster
{
    /// <summary>
    /// Returns the end of the observed period: midnight (UTC) after the day of the last purchase. A
    /// horizon that ends by this moment has known outcomes.
    /// </summary>
    /// <exception cref="InvalidOperationException">The log is empty.</exception>
    public static DateTimeOffset ObservedEnd(PurchaseLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        DateTime lastDay = log.LastPurchase.UtcDateTime.Date;
        return new DateTimeOffset(lastDay.AddDays(1), TimeSpan.Zero);
    }

    /// <summary>Returns the latest cutoff whose whole horizon is observed: <see cref="ObservedEnd"/> − horizon.</summary>
    /// <exception cref="InvalidOperationException">The log is empty.</exception>
    public static DateTimeOffset DefaultCutoff(PurchaseLog log, TimeSpan horizon) => ObservedEnd(log) - horizon;

    /// <summary>
    /// Trains the model and the baseline, scores every customer with a purchase before the cutoff
    /// (default <see cref="DefaultCutoff"/>) and within <see cref="RepeatPurchaseOptions.MaxRecency"/>,
    /// and evaluates both when the horizon is observed.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The cutoff is not after the first purchase, or the training cutoffs give no usable training set.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting in <paramref name="options"/> is out of range.</exception>
    public static RepeatPurchaseReport Run(
        PurchaseLog log,
        DateTimeOffset? cutoff,
        RepeatPurchaseOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (log.Purchases.Count == 0)
        {
            throw new ArgumentException("The purchase log is empty, so no customer can be scored.", nameof(log));
        }

        var clock = Stopwatch.StartNew();
        DateTimeOffset testCutoff = cutoff ?? DefaultCutoff(log, options.Horizon);
        if (testCutoff <= log.FirstPurchase)
        {
            throw new ArgumentException(
                $"The cutoff {testCutoff:yyyy-MM-dd} is not after the first purchase ({log.FirstPurchase:yyyy-MM-dd}); " +
                "choose a later cutoff.",
                nameof(cutoff));
        }

        IReadOnlyList<DateTimeOffset> candidates = RepeatPurchaseExamples.TrainingCutoffs(
            testCutoff, options.Horizon, options.TrainingCutoffs, options.EffectiveCutoffStep);
        RepeatPurchaseExample[] training = InPopulation(
            RepeatPurchaseExamples.TrainingSet(log, testCutoff, candidates, options.Horizon), options);
        if (training.Length == 0)
        {
            throw new ArgumentException(
                $"The training cutoffs from {candidates[^1]:yyyy-MM-dd} to {candidates[0]:yyyy-MM-dd} have no customer " +
                "to train on; choose a later cutoff, a shorter horizon or a longer maximum recency.",
                nameof(cutoff));
        }

        cancellationToken.ThrowIfCancellationRequested();
        bool[] trainingLabels = training.Select(example => example.Returned).ToArray();
        RepeatPurchaseModel model = RepeatPurchaseModel.Train(
            training.Select(example => example.Features.ToVector()).ToArray(), trainingLabels, options.Model, options.Seed);
        RepeatPurchaseModel baseline = RepeatPurchaseModel.Train(
            training.Select(example => RecencyVector(example.Features)).ToArray(),
            trainingLabels,
            RepeatPurchaseModelKind.Logistic,
            options.Seed);

        cancellationToken.ThrowIfCancellationRequested();
        RepeatPurchaseExample[] test = InPopulation(RepeatPurchaseExamples.AtCutoff(log, testCutoff, options.Horizon), options);
        double[] probabilities = model.PredictProbabilities(test.Select(example => example.Features.ToVector()).ToArray());
        double[] baselineProbabilities = baseline.PredictProbabilities(
            test.Select(example => RecencyVector(example.Features)).ToArray());
        bool labelled = testCutoff + options.Horizon <= ObservedEnd(log);
        bool[] outcomes = test.Select(example => example.Returned).ToArray();
        RepeatPurchaseEvaluation? evaluation = null;
        RepeatPurchaseEvaluation? baselineEvaluation = null;
        if (labelled)
        {
            evaluation = RepeatPurchaseEvaluation.Compute(probabilities, outcomes, options.CalibrationBins);
            baselineEvaluation = RepeatPurchaseEvaluation.Compute(
                baselineProbabilities,
                outcomes,
                options.CalibrationBins,
                rankingScores: test.Select(example => -example.Features.RecencyDays).ToArray());
        }

        CustomerProbability[] scored = test
            .Select((example, i) => new CustomerProbability(
                example.Features.CustomerId,
                probabilities[i],
                baselineProbabilities[i],
                example.Features.RecencyDays,
                example.Features.Purchases,
                example.Features.Monetary,
                labelled ? example.Returned : null))
            .OrderBy(customer => customer.Probability)
            .ThenBy(customer => customer.CustomerId, StringComparer.Ordinal)
            .ToArray();
        DateTimeOffset[] usedCutoffs = training
            .Select(example => example.Features.Cutoff)
            .Distinct()
            .Order()
            .ToArray();

        return new RepeatPurchaseReport(
            testCutoff,
            options.Horizon.TotalDays,
            options.Model,
            options.MaxRecency?.TotalDays,
            usedCutoffs,
            training.Length,
            trainingLabels.Count(label => label) / (double)training.Length,
            test.Length,
            labelled,
            labelled && test.Length > 0 ? outcomes.Count(outcome => outcome) / (double)test.Length : null,
            evaluation?.RocAuc,
            evaluation?.PrAuc,
            evaluation?.Brier,
            evaluation?.Calibration ?? [],
            baselineEvaluation?.RocAuc,
            baselineEvaluation?.PrAuc,
            baselineEvaluation?.Brier,
            baselineEvaluation?.Calibration ?? [],
            CustomerFeatures.FeatureNames,
            model.Weights,
            scored,
            clock.Elapsed.TotalSeconds);
    }

    private static RepeatPurchaseExample[] InPopulation(IReadOnlyList<RepeatPurchaseExample> examples, RepeatPurchaseOptions options) =>
        options.MaxRecency is TimeSpan maxRecency
            ? examples.Where(example => example.Features.RecencyDays <= maxRecency.TotalDays).ToArray()
            : examples.ToArray();

    private static float[] RecencyVector(CustomerFeatures features) => [(float)Math.Log(1 + features.RecencyDays)];
}
