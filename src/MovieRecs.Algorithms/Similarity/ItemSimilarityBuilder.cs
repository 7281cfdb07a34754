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

    /// <summary>Creates a builder over a rating matrix.</summary>
    public ItemSimilarityBuilder(RatingMatrix matrix, ItemSimilarityOptions options)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        _matrix = matrix;
        _options = options;
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

        int itemCount = ItemCount;
        var sums = new CoRatingSums[itemCount];
        var touched = new List<int>();
        var candidates = new List<Neighbor>();
        var result = new Neighbor[end - start][];
        CsrMatrix byItem = _matrix.ByItem;
        CsrMatrix byUser = _matrix.ByUser;

        for (int item = start; item < end; item++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadOnlySpan<int> raters = byItem.RowIndices(item);
            ReadOnlySpan<double> raterValues = byItem.RowValues(item);
            for (int position = 0; position < raters.Length; position++)
            {
                int user = raters[position];
                double x = raterValues[position];
                ReadOnlySpan<int> rated = byUser.RowIndices(user);
                ReadOnlySpan<double> ratedValues = byUser.RowValues(user);
                for (int other = 0; other < rated.Length; other++)
                {
                    int candidate = rated[other];
                    if (candidate == item)
                    {
                        continue;
                    }

                    if (sums[candidate].Count == 0)
                    {
                        touched.Add(candidate);
                    }

                    sums[candidate].Add(x, ratedValues[other]);
                }
            }

            candidates.Clear();
            foreach (int candidate in touched)
            {
                double? similarity = Score(item, candidate, sums[candidate]);
                if (similarity is double value && value > _options.MinSimilarity)
                {
                    candidates.Add(new Neighbor(candidate, value));
                }

                sums[candidate] = default;
            }

            touched.Clear();
            result[item - start] = KeepStrongest(candidates, _options.MaxStoredNeighbors);
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

    private double? Score(int item, int candidate, CoRatingSums sums)
    {
        if (sums.Count < _options.MinCoRatings)
        {
            return null;
        }

        return _options.Metric switch
        {
            SimilarityMetric.Cosine =>
                VectorSimilarity.CosineFromSums(sums.SumXY, _squaredNorms[item], _squaredNorms[candidate]),
            SimilarityMetric.Pearson => sums.Pearson(),
            _ => throw new InvalidOperationException($"Unknown similarity metric {_options.Metric}."),
        };
    }

    private static Neighbor[] KeepStrongest(List<Neighbor> candidates, int maxCount)
    {
        candidates.Sort(Neighbor.StrongestFirst);
        int count = Math.Min(maxCount, candidates.Count);
        return candidates.GetRange(0, count).ToArray();
    }
}
