using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Retention;

namespace MovieRecs.Analytics.Factors;

/// <summary>
/// Measures which customer features drive buying again, on the examples that the repeat-purchase
/// forecast trains and tests on. It reports the permutation importance of the fitted model at the
/// test cutoff, and the coefficients of a ridge logistic regression on standardised features with
/// Wald and customer-bootstrap intervals.
/// </summary>
/// <remarks>
/// The training examples of one customer at several cutoffs are not independent, so the Wald
/// intervals, which treat every example as independent, are too narrow when a customer's examples
/// agree. The bootstrap resamples whole customers and keeps that dependence, so its interval is the
/// one to trust where the two disagree.
/// </remarks>
public static class RepeatFactorAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <exception cref="ArgumentException">
    /// The log is empty, the cutoff is not after the first purchase, or the training cutoffs give no
    /// examples with both outcomes.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public static RepeatFactorReport Run(
        PurchaseLog log,
        FactorOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (log.Purchases.Count == 0)
        {
            throw new ArgumentException("The purchase log is empty, so there is nothing to analyse.", nameof(log));
        }

        RepeatPurchaseOptions repeat = options.Repeat;
        DateTimeOffset cutoff = options.Cutoff ?? RepeatPurchaseForecaster.DefaultCutoff(log, repeat.Horizon);
        if (cutoff <= log.FirstPurchase)
        {
            throw new ArgumentException(
                $"The cutoff {cutoff:yyyy-MM-dd} is not after the first purchase " +
                $"({log.FirstPurchase:yyyy-MM-dd}); choose a later cutoff.",
                nameof(options));
        }

        IReadOnlyList<DateTimeOffset> trainingCutoffs = RepeatPurchaseExamples.TrainingCutoffs(
            cutoff, repeat.Horizon, repeat.TrainingCutoffs, repeat.EffectiveCutoffStep);
        RepeatPurchaseExample[] training = InPopulation(
            RepeatPurchaseExamples.TrainingSet(log, cutoff, trainingCutoffs, repeat.Horizon), repeat);
        RepeatPurchaseExample[] test = InPopulation(
            RepeatPurchaseExamples.AtCutoff(log, cutoff, repeat.Horizon), repeat);
        bool[] trainingLabels = training.Select(example => example.Returned).ToArray();
        int trainingPositives = trainingLabels.Count(label => label);
        if (trainingPositives == 0 || trainingPositives == training.Length)
        {
            throw new ArgumentException(
                $"The {training.Length} training examples before {cutoff:yyyy-MM-dd} have {trainingPositives} " +
                "that bought again; " +
                "the factors need both outcomes. Choose a later cutoff, a longer horizon or more training cutoffs.",
                nameof(options));
        }

        cancellationToken.ThrowIfCancellationRequested();
        float[][] trainingVectors = training.Select(example => example.Features.ToVector()).ToArray();
        RepeatPurchaseModel model = RepeatPurchaseModel.Train(
            trainingVectors, trainingLabels, repeat.Model, repeat.Seed);
        Standardizer standardizer = Standardizer.Fit(trainingVectors);
        double[][] standardized = trainingVectors.Select(standardizer.Transform).ToArray();
        LogisticFit fit = LogisticRegression.Fit(standardized, trainingLabels, options.Ridge);

        cancellationToken.ThrowIfCancellationRequested();
        double[][] bootstrapWeights = Bootstrap(
            training, standardized, trainingLabels, fit, options, cancellationToken);

        bool labelled = cutoff + repeat.Horizon <= RepeatPurchaseForecaster.ObservedEnd(log);
        float[][] testVectors = test.Select(example => example.Features.ToVector()).ToArray();
        bool[] testLabels = test.Select(example => example.Returned).ToArray();
        IReadOnlyList<FeatureImportance>? importance = null;
        double? rocAuc = null;
        double? brier = null;
        double? coefficientAuc = null;
        if (labelled && test.Length >= 2)
        {
            double[] probabilities = model.PredictProbabilities(testVectors);
            rocAuc = Defined(ProbabilityMetrics.RocAuc(probabilities, testLabels));
            brier = Defined(ProbabilityMetrics.Brier(probabilities, testLabels));
            double[] coefficientScores = testVectors
                .Select(vector => Score(fit, standardizer.Transform(vector)))
                .ToArray();
            coefficientAuc = Defined(ProbabilityMetrics.RocAuc(coefficientScores, testLabels));
            importance = PermutationImportance.Compute(
                model.PredictProbabilities,
                testVectors,
                testLabels,
                CustomerFeatures.FeatureNames,
                options.PermutationRepeats,
                options.Seed);
        }

        RepeatFactor[] factors = CustomerFeatures.FeatureNames
            .Select((name, index) => CreateFactor(name, index, standardizer, fit, bootstrapWeights, model, importance))
            .ToArray();
        return new RepeatFactorReport(
            cutoff,
            repeat.Horizon.TotalDays,
            repeat.Model,
            repeat.MaxRecency?.TotalDays,
            training.Length,
            training.Select(example => example.Features.CustomerId).Distinct(StringComparer.Ordinal).Count(),
            trainingPositives / (double)training.Length,
            test.Length,
            labelled ? testLabels.Count(label => label) : null,
            rocAuc,
            brier,
            coefficientAuc,
            options.PermutationRepeats,
            options.BootstrapSamples,
            options.Ridge,
            fit.Converged,
            factors);
    }

    private static RepeatFactor CreateFactor(
        string name,
        int feature,
        Standardizer standardizer,
        LogisticFit fit,
        double[][] bootstrapWeights,
        RepeatPurchaseModel model,
        IReadOnlyList<FeatureImportance>? importance)
    {
        double? modelWeight = model.Weights is { } weights ? weights[feature] : null;
        FeatureImportance? featureImportance = importance?[feature];
        int column = standardizer.ColumnOf(feature);
        if (column < 0)
        {
            return new RepeatFactor(
                name,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                modelWeight,
                featureImportance?.RocAucDrop,
                featureImportance?.BrierRise);
        }

        double coefficient = fit.Weights[column];
        double standardError = fit.StandardErrors[column];
        const double z = 1.959963984540054;
        DistributionSummary? bootstrap = DistributionSummary.Of(bootstrapWeights.Select(sample => sample[column]));
        return new RepeatFactor(
            name,
            coefficient,
            standardError,
            coefficient - (z * standardError),
            coefficient + (z * standardError),
            bootstrap?.Low,
            bootstrap?.High,
            Math.Exp(coefficient),
            modelWeight,
            featureImportance?.RocAucDrop,
            featureImportance?.BrierRise);
    }

    // Resamples whole customers with replacement and refits from the full fit's coefficients; a
    // resample with a single outcome gives NaN weights, which the summary skips.
    private static double[][] Bootstrap(
        RepeatPurchaseExample[] training,
        double[][] standardized,
        bool[] labels,
        LogisticFit fit,
        FactorOptions options,
        CancellationToken cancellationToken)
    {
        int[][] byCustomer = Enumerable.Range(0, training.Length)
            .GroupBy(index => training[index].Features.CustomerId, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.ToArray())
            .ToArray();
        double[] start = [fit.Intercept, .. fit.Weights];
        var random = new Random(options.Seed);
        var samples = new double[options.BootstrapSamples][];
        for (int sample = 0; sample < samples.Length; sample++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rows = new List<double[]>(training.Length);
            var sampleLabels = new List<bool>(training.Length);
            for (int draw = 0; draw < byCustomer.Length; draw++)
            {
                foreach (int index in byCustomer[random.Next(byCustomer.Length)])
                {
                    rows.Add(standardized[index]);
                    sampleLabels.Add(labels[index]);
                }
            }

            int positives = sampleLabels.Count(label => label);
            samples[sample] = positives == 0 || positives == sampleLabels.Count
                ? Enumerable.Repeat(double.NaN, fit.Weights.Count).ToArray()
                : LogisticRegression.Fit(rows, sampleLabels, options.Ridge, start: start).Weights.ToArray();
        }

        return samples;
    }

    private static double Score(LogisticFit fit, double[] row)
    {
        double z = fit.Intercept;
        for (int i = 0; i < row.Length; i++)
        {
            z += fit.Weights[i] * row[i];
        }

        return z;
    }

    private static RepeatPurchaseExample[] InPopulation(
        IReadOnlyList<RepeatPurchaseExample> examples,
        RepeatPurchaseOptions options) =>
        options.MaxRecency is TimeSpan maxRecency
            ? examples.Where(example => example.Features.RecencyDays <= maxRecency.TotalDays).ToArray()
            : examples.ToArray();

    private static double? Defined(double value) => double.IsNaN(value) ? null : value;
}
