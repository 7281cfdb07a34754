using MovieRecs.Analytics.Factors;

namespace MovieRecs.Analytics.Tests.Factors;

public sealed class PermutationImportanceTests
{
    private static readonly string[] Names = ["signal", "noise"];

    // Feature 0 raises the log-odds by 2 per unit; feature 1 is independent noise.
    private static (float[][] Features, bool[] Labels) Sample(int count, int seed)
    {
        var random = new Random(seed);
        var features = new float[count][];
        var labels = new bool[count];
        for (int i = 0; i < count; i++)
        {
            features[i] = [(float)Gaussian(random), (float)Gaussian(random)];
            labels[i] = random.NextDouble() < LogisticRegression.Sigmoid(2 * features[i][0]);
        }

        return (features, labels);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    [Fact]
    public void Compute_IgnoredFeature_ScoresExactlyZero()
    {
        (float[][] features, bool[] labels) = Sample(200, seed: 3);
        double[] Predict(IReadOnlyList<float[]> vectors) =>
            vectors.Select(v => LogisticRegression.Sigmoid(2 * v[0])).ToArray();

        IReadOnlyList<FeatureImportance> importance = PermutationImportance.Compute(
            Predict,
            features,
            labels,
            Names,
            repeats: 10,
            seed: 1);

        Assert.Equal(0, importance[1].RocAucDrop!.Mean);
        Assert.Equal(0, importance[1].RocAucDrop!.StandardDeviation);
        Assert.Equal(0, importance[1].BrierRise.Mean);
        Assert.Equal(10, importance[1].RocAucDrop!.Count);
    }

    [Fact]
    public void Compute_NoiseFeature_IsNearZero()
    {
        (float[][] training, bool[] trainingLabels) = Sample(2000, seed: 5);
        (float[][] test, bool[] testLabels) = Sample(1000, seed: 6);
        LogisticFit fit = LogisticRegression.Fit(
            training.Select(v => v.Select(x => (double)x).ToArray()).ToArray(),
            trainingLabels);
        double[] Predict(IReadOnlyList<float[]> vectors) => vectors
            .Select(v => LogisticRegression.Sigmoid(fit.Intercept + (fit.Weights[0] * v[0]) + (fit.Weights[1] * v[1])))
            .ToArray();

        IReadOnlyList<FeatureImportance> importance = PermutationImportance.Compute(
            Predict,
            test,
            testLabels,
            Names,
            repeats: 20,
            seed: 1);

        DistributionSummary noise = importance[1].RocAucDrop!;
        DistributionSummary signal = importance[0].RocAucDrop!;
        Assert.InRange(noise.Mean, -0.005, 0.005);
        Assert.InRange(0, noise.Low, noise.High);
        Assert.True(signal.Mean > 0.2, $"signal AUC drop {signal.Mean}");
        Assert.True(signal.Low > noise.High, "the signal's interval lies above the noise's");
        Assert.True(importance[0].BrierRise.Mean > 0.05, $"signal Brier rise {importance[0].BrierRise.Mean}");
    }

    [Fact]
    public void Compute_SameSeed_SameResult()
    {
        (float[][] features, bool[] labels) = Sample(100, seed: 8);
        double[] Predict(IReadOnlyList<float[]> vectors) =>
            vectors.Select(v => LogisticRegression.Sigmoid(v[0] + v[1])).ToArray();

        IReadOnlyList<FeatureImportance> first = PermutationImportance.Compute(
            Predict,
            features,
            labels,
            Names,
            10,
            seed: 4);
        IReadOnlyList<FeatureImportance> second = PermutationImportance.Compute(
            Predict,
            features,
            labels,
            Names,
            10,
            seed: 4);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Compute_SingleOutcome_LeavesAucOut()
    {
        float[][] features = [[0, 1], [1, 0], [2, 2]];
        bool[] labels = [true, true, true];

        IReadOnlyList<FeatureImportance> importance = PermutationImportance.Compute(
            vectors => vectors.Select(v => 0.5).ToArray(), features, labels, Names, 10, seed: 1);

        Assert.Null(importance[0].RocAucDrop);
        Assert.Equal(0, importance[0].BrierRise.Mean);
    }
}
