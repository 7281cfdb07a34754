using MovieRecs.Algorithms.Baselines;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Similarity;

/// <summary>
/// Computes, for a range of items, every item's strongest neighbors from a rating matrix. A shard
/// is one contiguous index range, so a build can be split across workers and merged with
/// <see cref="NeighborGraph.FromShards"/>.
/// </summary>
/// <remarks>
/// For an item i the builder walks the users who rated i and, for each, the items j that user
/// rated, accumulating co-rating sums per candidate j in a dense scratch array. It then keeps the
/// strongest candidates in a small reusable buffer. The cost of a full build is the sum over
/// users of (ratings per user) squared. The scratch memory per worker is one 16- or 48-byte slot
/// of sums and one int per item plus a buffer of 4 x MaxStoredNeighbors neighbors, whatever the
/// shard size. Computing each pair once and offering it to both items took as much CPU time
/// on ml-latest-small, because half of those offers land in buffers that are cold in the cache.
/// </remarks>
public sealed partial class ItemSimilarityBuilder
{
    private readonly RatingMatrix _matrix;
    private readonly ItemSimilarityOptions _options;
    private readonly double[] _squaredNorms;

    // The value each rating enters the sums with, aligned with ByUser's entries: the raw rating
    // for cosine and Pearson, the residual for the centred metrics.
    private readonly CsrMatrix _valuesByUser;

    /// <summary>Creates a builder over a rating matrix.</summary>
    public ItemSimilarityBuilder(RatingMatrix matrix, ItemSimilarityOptions options)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        _matrix = matrix;
        _options = options;
        _valuesByUser = CenteredValues(matrix, options.Metric);
        _squaredNorms = new double[matrix.Items.Count];
        for (int item = 0; item < matrix.Items.Count; item++)
        {
            foreach (double value in matrix.ByItem.RowValues(item))
            {
                _squaredNorms[item] += value * value;
            }
        }
    }

    /// <summary>The number of items, so the exclusive upper bound of every shard.</summary>
    public int ItemCount => _matrix.Items.Count;

    /// <summary>
    /// Computes the strongest neighbors, strongest first, of the items in [start, end) on the
    /// calling thread. Entry k of the result belongs to item start + k.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside 0..ItemCount.</exception>
    public Neighbor[][] BuildShard(int start, int end, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, ItemCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        return BuildRange(start, end, workerCount: 1, cancellationToken);
    }

    /// <summary>Splits 0..ItemCount into at most <paramref name="shardCount"/> contiguous ranges of near-equal size.</summary>
    public IReadOnlyList<(int Start, int End)> PlanShards(int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shardCount);

        int count = Math.Min(shardCount, Math.Max(1, ItemCount));
        var shards = new List<(int Start, int End)>(count);
        for (int shard = 0; shard < count; shard++)
        {
            int start = (int)((long)ItemCount * shard / count);
            int end = (int)((long)ItemCount * (shard + 1) / count);
            shards.Add((start, end));
        }

        return shards;
    }

    /// <summary>
    /// Computes the strongest neighbors of every item on <paramref name="workerCount"/> threads.
    /// The result equals <c>BuildShard(0, ItemCount)</c>.
    /// </summary>
    internal Neighbor[][] BuildAll(int workerCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workerCount);
        return BuildRange(0, ItemCount, workerCount, cancellationToken);
    }

    private static CsrMatrix CenteredValues(RatingMatrix matrix, SimilarityMetric metric)
    {
        if (metric is SimilarityMetric.Cosine or SimilarityMetric.Pearson)
        {
            return matrix.ByUser;
        }

        BaselinePredictor? baseline = metric == SimilarityMetric.PearsonBaseline ? BaselinePredictor.Fit(matrix) : null;
        var entries = new List<(int Row, int Column, double Value)>(matrix.RatingCount);
        for (int user = 0; user < matrix.Users.Count; user++)
        {
            ReadOnlySpan<int> items = matrix.ByUser.RowIndices(user);
            ReadOnlySpan<double> values = matrix.ByUser.RowValues(user);
            for (int position = 0; position < items.Length; position++)
            {
                double expected = baseline is null
                    ? matrix.UserMean(user)
                    : baseline.Predict(baseline.UserBias(user), items[position]);
                entries.Add((user, items[position], values[position] - expected));
            }
        }

        return CsrMatrix.FromEntries(matrix.Users.Count, matrix.Items.Count, entries);
    }
}
