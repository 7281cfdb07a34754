using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace MovieRecs.Analytics.Segmentation;

/// <summary>
/// Runs ML.NET's k-means (<see cref="KMeansTrainer"/>, k-means++ initialization, Lloyd iterations with
/// Yin-Yang acceleration) on dense points, repeated from several seeded starts, keeping the solution
/// with the lowest inertia.
/// </summary>
/// <remarks>
/// ML.NET runs one initialization per fit, so restarts guard against a poor local minimum. Training
/// runs on one thread so that the same seed gives the same clusters. ML.NET computes in single
/// precision; the inertia here is recomputed in double precision from ML.NET's labels and centroids.
/// </remarks>
public sealed class KMeansClusterer
{
    private const string FeaturesColumn = "Features";

    /// <summary>Creates a clusterer.</summary>
    /// <param name="restarts">The number of seeded starts per fit, at least 1.</param>
    /// <param name="maxIterations">The iteration limit of each start.</param>
    public KMeansClusterer(int restarts = 5, int maxIterations = 300)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(restarts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxIterations);
        Restarts = restarts;
        MaxIterations = maxIterations;
    }

    /// <summary>The number of seeded starts per fit.</summary>
    public int Restarts { get; }

    /// <summary>The iteration limit of each start.</summary>
    public int MaxIterations { get; }

    /// <summary>Clusters <paramref name="points"/> into <paramref name="k"/> clusters.</summary>
    /// <param name="points">The points, all of one dimension, at least <paramref name="k"/> of them.</param>
    /// <param name="k">The number of clusters, at least 1.</param>
    /// <param name="seed">The seed of ML.NET's random generator; the same seed gives the same result.</param>
    /// <exception cref="ArgumentException">There are fewer points than clusters, or the points differ in dimension.</exception>
    public KMeansClustering Fit(IReadOnlyList<double[]> points, int k, int seed)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        if (points.Count < k)
        {
            throw new ArgumentException($"k-means with k = {k} needs at least {k} points; there are {points.Count}.", nameof(points));
        }

        int dimensions = points[0].Length;
        if (points.Any(point => point.Length != dimensions))
        {
            throw new ArgumentException("The points differ in dimension; give every point the same features.", nameof(points));
        }

        var context = new MLContext(seed);
        SchemaDefinition schema = SchemaDefinition.Create(typeof(PointRow));
        schema[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        PointRow[] rows = points.Select(point => new PointRow { Features = point.Select(value => (float)value).ToArray() }).ToArray();
        IDataView data = context.Data.LoadFromEnumerable(rows, schema);

        KMeansClustering? best = null;
        for (int start = 0; start < Restarts; start++)
        {
            KMeansClustering candidate = FitOnce(context, data, points, k);
            if (best is null || candidate.Inertia < best.Inertia)
            {
                best = candidate;
            }
        }

        return best!;
    }

    private KMeansClustering FitOnce(MLContext context, IDataView data, IReadOnlyList<double[]> points, int k)
    {
        var options = new KMeansTrainer.Options
        {
            FeatureColumnName = FeaturesColumn,
            NumberOfClusters = k,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            MaximumNumberOfIterations = MaxIterations,
            NumberOfThreads = 1,
        };
        ClusteringPredictionTransformer<KMeansModelParameters> model = context.Clustering.Trainers.KMeans(options).Fit(data);
        uint[] predicted = model.Transform(data).GetColumn<uint>("PredictedLabel").ToArray();

        VBuffer<float>[] centroidBuffers = [];
        model.Model.GetClusterCentroids(ref centroidBuffers, out int clusters);
        double[][] centroids = centroidBuffers
            .Take(clusters)
            .Select(buffer => buffer.DenseValues().Select(value => (double)value).ToArray())
            .ToArray();

        // ML.NET numbers clusters from 1.
        int[] labels = predicted.Select(label => (int)label - 1).ToArray();
        double inertia = 0;
        for (int i = 0; i < points.Count; i++)
        {
            double[] centroid = centroids[labels[i]];
            for (int d = 0; d < centroid.Length; d++)
            {
                double difference = points[i][d] - centroid[d];
                inertia += difference * difference;
            }
        }

        return new KMeansClustering(k, labels, centroids, inertia);
    }

    private sealed class PointRow
    {
        public float[] Features { get; set; } = [];
    }
}
