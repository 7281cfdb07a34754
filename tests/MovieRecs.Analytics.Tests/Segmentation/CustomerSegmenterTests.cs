using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Segmentation;
using MovieRecs.Analytics.Tests.Purchases;

namespace MovieRecs.Analytics.Tests.Segmentation;

public sealed class CustomerSegmenterTests
{
    private static readonly DateTimeOffset LoadTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void KMeans_ThreeBlobs_FindsBlobs()
    {
        (double[][] points, int[] truth) = Blobs(perBlob: 30, seed: 3);

        KMeansClustering clustering = new KMeansClusterer().Fit(points, 3, seed: 1);

        Assert.Equal(1.0, AdjustedRandIndex.Compute(truth, clustering.Labels), 9);
        Assert.Equal(3, clustering.Centroids.Count);
        Assert.InRange(clustering.Inertia, 0, 90 * 2 * 0.5 * 0.5 * 4);
    }

    [Fact]
    public void KMeans_SameSeed_SameLabels()
    {
        (double[][] points, _) = Blobs(perBlob: 20, seed: 5);
        var clusterer = new KMeansClusterer(restarts: 2);

        KMeansClustering first = clusterer.Fit(points, 4, seed: 11);
        KMeansClustering second = clusterer.Fit(points, 4, seed: 11);

        Assert.Equal(first.Labels, second.Labels);
        Assert.Equal(first.Inertia, second.Inertia);
    }

    [Fact]
    public void KMeans_FewerPointsThanClusters_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new KMeansClusterer().Fit([[0.0], [1.0]], 3, 1));

        Assert.Contains("k = 3", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pca_LineInPlane_FirstAxisExplainsAll()
    {
        double[][] points = [[1.0, 2.0], [2.0, 4.0], [3.0, 6.0], [4.0, 8.0]];

        var pca = PrincipalComponents.Fit(points);

        Assert.Equal(1.0, pca.ExplainedVarianceRatios[0], 9);
        Assert.Equal(0.0, pca.ExplainedVarianceRatios[1], 9);
        Assert.Equal(1 / Math.Sqrt(5), pca.Components[0][0], 9);
        Assert.Equal(2 / Math.Sqrt(5), pca.Components[0][1], 9);
        // The centred first point (-1.5, -3) projects to -1.5 * sqrt(5).
        Assert.Equal(-1.5 * Math.Sqrt(5), pca.Projection[0][0], 9);
    }

    [Fact]
    public void RelabelBySize_LargestFirst()
    {
        int[] ids = CustomerSegmenter.RelabelBySize([4, 9, 9, 4, 9, 2]);

        Assert.Equal([2, 1, 1, 2, 1, 3], ids);
    }

    [Fact]
    public void Segment_SampleLog_ReportsEveryK()
    {
        PurchaseLog log = SampleLog();

        SegmentationResult result = CustomerSegmenter.Segment(log, options: new SegmentationOptions { KMax = 6 });

        Assert.Equal([2, 3, 4, 5, 6], result.SilhouetteByK.Select(score => score.K));
        Assert.Equal(result.SilhouetteByK.Max(score => score.Silhouette), result.Silhouette);
        Assert.Equal(result.K, result.Segments.Count);
        Assert.Equal(log.CustomerIds.Count, result.Segments.Sum(segment => segment.Size));
        Assert.Equal(log.CustomerIds.Count, result.Customers.Count);
        Assert.Equal(result.Segments.Count, result.Segments.Select(segment => segment.Name).Distinct().Count());
        Assert.Equal(5, result.Stability.AdjustedRandIndexes.Count);
        Assert.InRange(result.Stability.Min, -1, 1);
        Assert.All(result.Segments, segment => Assert.InRange(segment.TopCategories.Count, 1, 3));
        Assert.True(result.Segments.Zip(result.Segments.Skip(1)).All(pair => pair.First.Size >= pair.Second.Size));
    }

    [Fact]
    public void Segment_SampleLog_SeparatesItsFourHabits()
    {
        // The sample was generated from four customer habits (drinks in the morning on the app,
        // household goods in the evening on the web, bakery and dairy around noon in the store,
        // sweets from 16 to 20 h), so four segments should recover them.
        PurchaseLog log = SampleLog();

        SegmentationResult result = CustomerSegmenter.Segment(log, options: new SegmentationOptions { KMin = 4, KMax = 4 });

        int[] habit = result.Customers.Select(customer => int.Parse(customer.CustomerId[1..]) % 4).ToArray();
        double agreement = AdjustedRandIndex.Compute(habit, result.Customers.Select(customer => customer.SegmentId).ToArray());
        Assert.True(agreement > 0.8, $"ARI with the generating habits was {agreement}.");
        Assert.Contains(result.Segments, segment => segment.Name.Contains("drinks", StringComparison.Ordinal));
        Assert.Contains(result.Segments, segment => segment.Name.Contains("mornings", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_SameSeed_SameResult()
    {
        PurchaseLog log = SampleLog();
        var options = new SegmentationOptions { KMax = 4, StabilityRuns = 2 };

        SegmentationResult first = CustomerSegmenter.Segment(log, options: options);
        SegmentationResult second = CustomerSegmenter.Segment(log, options: options);

        Assert.Equal(first.Customers, second.Customers);
        Assert.Equal(first.SilhouetteByK, second.SilhouetteByK);
        Assert.Equal(first.Segments.Select(segment => segment.Name), second.Segments.Select(segment => segment.Name));
    }

    [Fact]
    public void Segment_KMaxAboveCustomers_Throws()
    {
        PurchaseLog log = SampleLog();

        var exception = Assert.Throws<ArgumentException>(
            () => CustomerSegmenter.Segment(log, options: new SegmentationOptions { KMax = 60 }));

        Assert.Contains("k-max 60", exception.Message, StringComparison.Ordinal);
        Assert.Contains("48", exception.Message, StringComparison.Ordinal);
    }

    [RequiresMl100KFact]
    public void Segment_Ml100K_UsesDemographics()
    {
        MovieLensDataset dataset = MovieLensLoader.Load(DataSets.Ml100K!);
        PurchaseLog log = MovieLensPurchases.FromDataset(dataset, dataset.Users.Select(ToCustomer));

        SegmentationResult result = CustomerSegmenter.Segment(
            log,
            options: new SegmentationOptions { KMax = 4, StabilityRuns = 2, CustomerNoun = "fans" });

        Assert.Equal(943, result.Customers.Count);
        Assert.Contains("age", result.FeatureNames);
        Assert.Contains("gender: F", result.FeatureNames);
        Assert.All(result.Segments, segment => Assert.NotNull(segment.MeanAge));
        Assert.All(result.Segments, segment => Assert.NotEmpty(segment.TopOccupations));
    }

    internal static Customer ToCustomer(MovieLensUser user) => new(
        MovieLensPurchases.ToId(user.UserId),
        user.Age,
        user.Gender,
        user.Occupation,
        user.ZipCode);

    private static PurchaseLog SampleLog()
    {
        string samples = Path.Combine(PurchaseLogReaderTests.RepositoryRoot(), "samples");
        PurchaseCsvMapping mapping = PurchaseCsvMapping.FromJsonFile(Path.Combine(samples, "purchases-mapping.json"));
        return PurchaseLogReader.Read(Path.Combine(samples, "purchases.csv"), mapping, timeProvider: new Clock()).Log;
    }

    private static (double[][] Points, int[] Truth) Blobs(int perBlob, int seed)
    {
        var random = new Random(seed);
        double[][] centres = [[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]];
        var points = new List<double[]>();
        var truth = new List<int>();
        for (int blob = 0; blob < centres.Length; blob++)
        {
            for (int i = 0; i < perBlob; i++)
            {
                points.Add([centres[blob][0] + random.NextDouble() - 0.5, centres[blob][1] + random.NextDouble() - 0.5]);
                truth.Add(blob);
            }
        }

        return (points.ToArray(), truth.ToArray());
    }

    private sealed class Clock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => LoadTime;
    }
}
