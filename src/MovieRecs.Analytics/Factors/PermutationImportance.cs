using MovieRecs.Analytics.Retention;

namespace MovieRecs.Analytics.Factors;

/// <summary>
/// Permutation importance of a fitted binary classifier. It shuffles one feature's column across the
/// held-out examples, predicts again, and measures the loss of ROC AUC and the rise of the Brier
/// score, over several seeded shuffles.
/// </summary>
/// <remarks>
/// A feature the model ignores scores exactly 0. Correlated features share their importance, so a
/// feature whose information another one also carries can score near 0 although it matters.
/// </remarks>
public static class PermutationImportance
{
    /// <summary>Computes the importance of every feature.</summary>
    /// <param name="predict">The fitted model: the probability of the positive outcome for each feature vector.</param>
    /// <param name="features">The held-out feature vectors, all of one length.</param>
    /// <param name="labels">The held-out outcomes.</param>
    /// <param name="featureNames">The name of each feature, in vector order.</param>
    /// <param name="repeats">The shuffles per feature, at least 1.</param>
    /// <param name="seed">The seed of the shuffles; the same seed gives the same result.</param>
    /// <exception cref="ArgumentException">The lengths disagree or there are fewer than two examples.</exception>
    public static IReadOnlyList<FeatureImportance> Compute(
        Func<IReadOnlyList<float[]>, double[]> predict,
        IReadOnlyList<float[]> features,
        IReadOnlyList<bool> labels,
        IReadOnlyList<string> featureNames,
        int repeats,
        int seed)
    {
        ArgumentNullException.ThrowIfNull(predict);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(featureNames);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repeats);
        bool consistent = features.Count == labels.Count && features.All(vector => vector.Length == featureNames.Count);
        if (features.Count < 2 || !consistent)
        {
            throw new ArgumentException(
                $"Permutation importance needs at least two examples with one label each and {featureNames.Count} " +
                $"features per vector; got {features.Count} examples and {labels.Count} labels.",
                nameof(features));
        }

        double[] intact = predict(features);
        double baseAuc = ProbabilityMetrics.RocAuc(intact, labels);
        double baseBrier = ProbabilityMetrics.Brier(intact, labels);
        var random = new Random(seed);
        var results = new FeatureImportance[featureNames.Count];
        float[][] shuffled = features.Select(vector => vector.ToArray()).ToArray();
        int[] order = Enumerable.Range(0, features.Count).ToArray();
        for (int feature = 0; feature < featureNames.Count; feature++)
        {
            var aucDrops = new double[repeats];
            var brierRises = new double[repeats];
            for (int repeat = 0; repeat < repeats; repeat++)
            {
                random.Shuffle(order);
                for (int example = 0; example < shuffled.Length; example++)
                {
                    shuffled[example][feature] = features[order[example]][feature];
                }

                double[] permuted = predict(shuffled);
                aucDrops[repeat] = baseAuc - ProbabilityMetrics.RocAuc(permuted, labels);
                brierRises[repeat] = ProbabilityMetrics.Brier(permuted, labels) - baseBrier;
            }

            for (int example = 0; example < shuffled.Length; example++)
            {
                shuffled[example][feature] = features[example][feature];
            }

            results[feature] = new FeatureImportance(
                featureNames[feature],
                double.IsNaN(baseAuc) ? null : DistributionSummary.Of(aucDrops),
                DistributionSummary.Of(brierRises)!);
        }

        return results;
    }
}
