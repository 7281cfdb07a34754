using MovieRecs.Algorithms.Baselines;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Similarity;

/// <summary>
/// Computes, for a range of items, every item's strongest neighbors from a rating matrix. A shard
/// is one contiguous index range, so a build can be split across workers and merged with
/// <see cref="NeighborGraph.FromShards"/>.
/// </summary>
/// <remarks>
/// For an item i the builder walks the users who rated i and, for each, the items that user rated,
/// accumulating co-rating sums per candidate j in dense scratch arrays. The cost of a full build is
/// the sum over users of (ratings per user) squared, and the scratch memory is a few arrays of one
/// double per item, whatever the shard size.
/// </remarks>
public sealed class ItemSimilarityBuilder
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
    /// Computes the strongest neighbors, strongest first, of the items in [start, end); entry k of
    /// the result belongs to item start + k.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside 0..ItemCount.</exception>
    public Neighbor[][] BuildShard(int start, int end, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, ItemCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var scratch = new Scratch(ItemCount, _options.Metric, _options.MaxStoredNeighbors);
        var result = new Neighbor[end - start][];
        for (int item = start; item < end; item++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Accumulate(item, scratch);
            result[item - start] = SelectStrongest(item, scratch);
        }

        return result;
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

    /// <summary>Adds up, for every item co-rated with <paramref name="item"/>, the sums its similarity needs.</summary>
    private void Accumulate(int item, Scratch scratch)
    {
        CsrMatrix byUser = _valuesByUser;
        bool pearson = _options.Metric != SimilarityMetric.Cosine;
        int[] counts = scratch.Counts;
        double[] dots = scratch.Dots;
        CoRatingSums[] sums = scratch.Sums;
        List<int> touched = scratch.Touched;
        ReadOnlySpan<int> raters = _matrix.ByItem.RowIndices(item);
        for (int position = 0; position < raters.Length; position++)
        {
            ReadOnlySpan<int> rated = byUser.RowIndices(raters[position]);
            ReadOnlySpan<double> ratedValues = byUser.RowValues(raters[position]);
            double x = ratedValues[rated.BinarySearch(item)];
            for (int other = 0; other < rated.Length; other++)
            {
                int candidate = rated[other];
                if (counts[candidate]++ == 0)
                {
                    touched.Add(candidate);
                }

                // Cosine needs only the dot product; the other metrics need the co-rating sums.
                if (pearson)
                {
                    sums[candidate].Add(x, ratedValues[other]);
                }
                else
                {
                    dots[candidate] += x * ratedValues[other];
                }
            }
        }
    }

    /// <summary>Scores the touched candidates, keeps the strongest and resets the scratch arrays.</summary>
    private Neighbor[] SelectStrongest(int item, Scratch scratch)
    {
        PriorityQueue<Neighbor, Neighbor> weakestFirst = scratch.Heap;
        foreach (int candidate in scratch.Touched)
        {
            double? similarity = candidate == item ? null : Score(item, candidate, scratch);
            scratch.Reset(candidate);
            if (similarity is not double value || value <= _options.MinSimilarity)
            {
                continue;
            }

            var neighbor = new Neighbor(candidate, value);
            if (weakestFirst.Count < _options.MaxStoredNeighbors)
            {
                weakestFirst.Enqueue(neighbor, neighbor);
            }
            else if (Neighbor.StrongestFirst(neighbor, weakestFirst.Peek()) < 0)
            {
                weakestFirst.DequeueEnqueue(neighbor, neighbor);
            }
        }

        scratch.Touched.Clear();
        var kept = new Neighbor[weakestFirst.Count];
        for (int position = kept.Length - 1; position >= 0; position--)
        {
            kept[position] = weakestFirst.Dequeue();
        }

        return kept;
    }

    private double? Score(int item, int candidate, Scratch scratch)
    {
        int coRatings = scratch.Counts[candidate];
        if (coRatings < _options.MinCoRatings)
        {
            return null;
        }

        double? similarity = _options.Metric switch
        {
            SimilarityMetric.Cosine =>
                VectorSimilarity.CosineFromSums(scratch.Dots[candidate], _squaredNorms[item], _squaredNorms[candidate]),
            SimilarityMetric.Pearson => scratch.Sums[candidate].Pearson(),
            SimilarityMetric.AdjustedCosine or SimilarityMetric.PearsonBaseline => scratch.Sums[candidate].CosineOfPairs(),
            _ => throw new InvalidOperationException($"Unknown similarity metric {_options.Metric}."),
        };
        if (similarity is not double value || _options.Shrinkage == 0)
        {
            return similarity;
        }

        return value * (coRatings - 1) / (coRatings - 1 + _options.Shrinkage);
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

    /// <summary>Per-shard working memory, reused for every item of the shard so the inner loop allocates nothing.</summary>
    private sealed class Scratch(int itemCount, SimilarityMetric metric, int maxStoredNeighbors)
    {
        private static readonly Comparer<Neighbor> WeakestFirst =
            Comparer<Neighbor>.Create(static (left, right) => Neighbor.StrongestFirst(right, left));

        public int[] Counts { get; } = new int[itemCount];

        public double[] Dots { get; } = metric == SimilarityMetric.Cosine ? new double[itemCount] : [];

        public CoRatingSums[] Sums { get; } = metric != SimilarityMetric.Cosine ? new CoRatingSums[itemCount] : [];

        public List<int> Touched { get; } = [];

        public PriorityQueue<Neighbor, Neighbor> Heap { get; } = new(maxStoredNeighbors + 1, WeakestFirst);

        public void Reset(int candidate)
        {
            Counts[candidate] = 0;
            if (Dots.Length > 0)
            {
                Dots[candidate] = 0;
            }

            if (Sums.Length > 0)
            {
                Sums[candidate] = default;
            }
        }
    }
}
