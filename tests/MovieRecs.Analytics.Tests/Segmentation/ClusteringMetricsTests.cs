using MovieRecs.Analytics.Segmentation;

namespace MovieRecs.Analytics.Tests.Segmentation;

public sealed class ClusteringMetricsTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Silhouette_TwoPairsOnALine_HandWorked()
    {
        // Points 0 and 1 form one cluster, 4 and 5 the other. Point 0: a = 1, b = (4 + 5) / 2 = 4.5,
        // s = 3.5 / 4.5. Point 1: a = 1, b = 3.5, s = 2.5 / 3.5. Points 4 and 5 mirror them.
        double[][] points = [[0.0], [1.0], [4.0], [5.0]];
        double expected = (3.5 / 4.5 + 2.5 / 3.5) / 2;

        double score = SilhouetteScore.Compute(points, [0, 0, 1, 1]);

        Assert.Equal(expected, score, Tolerance);
        Assert.Equal(0.746032, score, Tolerance);
    }

    [Fact]
    public void Silhouette_SingletonCluster_CountsZero()
    {
        // Point 0: a = 1, b = 10, s = 0.9. Point 1: a = 1, b = 9, s = 8/9. Point 2 is alone: s = 0.
        double[][] points = [[0.0], [1.0], [10.0]];

        double score = SilhouetteScore.Compute(points, [5, 5, 9]);

        Assert.Equal((0.9 + 8.0 / 9) / 3, score, Tolerance);
    }

    [Fact]
    public void Silhouette_OneCluster_IsNaN()
    {
        Assert.True(double.IsNaN(SilhouetteScore.Compute([[0.0], [1.0]], [0, 0])));
    }

    [Fact]
    public void Silhouette_TwoDimensions_UsesEuclidean()
    {
        // Distances: 0-1 and 2-3 are 5; 0-2 is 50, 0-3 55, 1-2 45, 1-3 50. Points 0 and 3 get
        // b = 52.5, points 1 and 2 get b = 47.5, and every a is 5.
        double[][] points = [[0.0, 0.0], [3.0, 4.0], [30.0, 40.0], [33.0, 44.0]];
        double expected = (47.5 / 52.5 + 42.5 / 47.5) / 2;

        double score = SilhouetteScore.Compute(points, [0, 0, 1, 1]);

        Assert.Equal(expected, score, Tolerance);
    }

    [Fact]
    public void Silhouette_SampleOfAll_EqualsExact()
    {
        double[][] points = [[0.0], [1.0], [4.0], [5.0], [9.0]];
        int[] labels = [0, 0, 1, 1, 2];

        Assert.Equal(SilhouetteScore.Compute(points, labels), SilhouetteScore.ComputeSampled(points, labels, 10, 1), Tolerance);
    }

    [Fact]
    public void Silhouette_LengthMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => SilhouetteScore.Compute([[0.0], [1.0]], [0]));
    }

    [Fact]
    public void AdjustedRandIndex_SplitCluster_HandWorked()
    {
        // Contingency (0,0) 2, (1,1) 1, (1,2) 1: sum C(nij,2) = 1; rows 2,2 give 2; columns 2,1,1
        // give 1; C(4,2) = 6, so E = 2 * 1 / 6 = 1/3, max = 1.5, and ARI = (2/3) / (7/6) = 4/7.
        double index = AdjustedRandIndex.Compute([0, 0, 1, 1], [0, 0, 1, 2]);

        Assert.Equal(4.0 / 7, index, Tolerance);
    }

    [Fact]
    public void AdjustedRandIndex_RenamedLabels_IsOne()
    {
        Assert.Equal(1.0, AdjustedRandIndex.Compute([0, 0, 1, 1, 2], [7, 7, 3, 3, 5]), Tolerance);
    }

    [Fact]
    public void AdjustedRandIndex_CrossedLabels_IsNegative()
    {
        // Every pair together in one labeling is apart in the other: less agreement than chance.
        double index = AdjustedRandIndex.Compute([0, 0, 1, 1], [0, 1, 0, 1]);

        Assert.Equal(-0.5, index, Tolerance);
    }

    [Fact]
    public void AdjustedRandIndex_LengthMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => AdjustedRandIndex.Compute([0, 1], [0]));
    }
}
