using System.Runtime.CompilerServices;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Similarity;

/// <summary>The build of one item range: the work split, the accumulation and the selection.</summary>
public sealed partial class ItemSimilarityBuilder
{
    // Items a worker takes from the queue at a time: small enough that the cheap items at the end
    // of the cost order even out the workers, large enough that the queue is rarely contended.
    private const int ItemsPerTake = 8;

    private Neighbor[][] BuildRange(int start, int end, int workerCount, CancellationToken cancellationToken)
    {
        var lists = new Neighbor[end - start][];
        var queue = new ItemQueue(workerCount == 1 ? AscendingItems(start, end) : ItemsByCostDescending(start, end));
        if (workerCount == 1)
        {
            RunWorker(queue, start, lists, cancellationToken);
            return lists;
        }

        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = workerCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, workerCount, parallel, _ => RunWorker(queue, start, lists, cancellationToken));
        return lists;
    }

    private void RunWorker(ItemQueue queue, int start, Neighbor[][] lists, CancellationToken cancellationToken)
    {
        if (_options.Metric == SimilarityMetric.Cosine)
        {
            RunWorker<DotProductSums>(queue, start, lists, cancellationToken);
        }
        else
        {
            RunWorker<CorrelationSums>(queue, start, lists, cancellationToken);
        }
    }

    /// <summary>
    /// Builds the items a worker takes from the queue. The scratch arrays are allocated once per
    /// worker and left all zero after each item, so the loop allocates only the result lists.
    /// </summary>
    private void RunWorker<TSums>(ItemQueue queue, int start, Neighbor[][] lists, CancellationToken cancellationToken)
        where TSums : struct, IPairSums
    {
        var sums = new TSums[ItemCount];
        var touched = new int[ItemCount];
        int maxCandidates = Math.Max(ItemCount - 1, 0);
        var strongest = new StrongestNeighbors(Math.Min(_options.MaxStoredNeighbors, maxCandidates), maxCandidates);
        while (queue.TryTake(out ReadOnlySpan<int> items))
        {
            foreach (int item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                lists[item - start] = BuildItem(item, sums, touched, strongest);
            }
        }
    }

    // Kept out of the worker loop, which runs once per build and so would only ever run as
    // on-stack-replacement code. A call per item lets tiered compilation fully optimise this.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Neighbor[] BuildItem<TSums>(int item, TSums[] sums, int[] touched, StrongestNeighbors strongest)
        where TSums : struct, IPairSums
    {
        int touchedCount = Accumulate(item, sums, touched);
        OfferSimilarities(item, sums, touched.AsSpan(0, touchedCount), strongest);
        return strongest.TakeStrongestFirst();
    }

    /// <summary>
    /// Adds up the sums of every pair (item, j) with a co-rating user, lists each j once in
    /// <paramref name="touched"/> and returns the number listed.
    /// </summary>
    /// <remarks>
    /// A candidate's sums add the co-rating users in ascending order, so the pair (j, item) built
    /// from j's side sums the same products in the same order and gets the same similarity.
    /// </remarks>
    private int Accumulate<TSums>(int item, TSums[] sums, int[] touched)
        where TSums : struct, IPairSums
    {
        CsrMatrix byUser = _valuesByUser;
        int touchedCount = 0;
        foreach (int user in _matrix.ByItem.RowIndices(item))
        {
            ReadOnlySpan<int> rated = byUser.RowIndices(user);
            ReadOnlySpan<double> values = byUser.RowValues(user);
            int self = rated.BinarySearch(item);
            double x = values[self];

            // The item itself is no candidate, so the row is added in two parts around it.
            touchedCount = AddPairs(x, rated[..self], values[..self], sums, touched, touchedCount);
            touchedCount = AddPairs(x, rated[(self + 1)..], values[(self + 1)..], sums, touched, touchedCount);
        }

        return touchedCount;
    }

    private static int AddPairs<TSums>(
        double x,
        ReadOnlySpan<int> candidates,
        ReadOnlySpan<double> values,
        TSums[] sums,
        int[] touched,
        int touchedCount)
        where TSums : struct, IPairSums
    {
        for (int position = 0; position < candidates.Length; position++)
        {
            ref TSums slot = ref sums[candidates[position]];
            if (slot.Count == 0)
            {
                touched[touchedCount++] = candidates[position];
            }

            slot.Add(x, values[position]);
        }

        return touchedCount;
    }

    /// <summary>Scores the touched candidates, offers the kept ones and clears their scratch slots.</summary>
    private void OfferSimilarities<TSums>(
        int item,
        TSums[] sums,
        ReadOnlySpan<int> touched,
        StrongestNeighbors strongest)
        where TSums : struct, IPairSums
    {
        double itemSquaredNorm = _squaredNorms[item];
        foreach (int candidate in touched)
        {
            ref TSums slot = ref sums[candidate];
            double? similarity = Score(slot, itemSquaredNorm, _squaredNorms[candidate]);
            slot = default;
            if (similarity is double value && value > _options.MinSimilarity)
            {
                strongest.Offer(candidate, value);
            }
        }
    }

    private double? Score<TSums>(in TSums sums, double itemSquaredNorm, double candidateSquaredNorm)
        where TSums : struct, IPairSums
    {
        int coRatings = sums.Count;
        if (coRatings < _options.MinCoRatings)
        {
            return null;
        }

        double? similarity = sums.Similarity(_options.Metric, itemSquaredNorm, candidateSquaredNorm);
        if (similarity is not double value || _options.Shrinkage == 0)
        {
            return similarity;
        }

        return value * (coRatings - 1) / (coRatings - 1 + _options.Shrinkage);
    }

    private static int[] AscendingItems(int start, int end)
    {
        var items = new int[end - start];
        for (int item = start; item < end; item++)
        {
            items[item - start] = item;
        }

        return items;
    }

    /// <summary>
    /// Orders the range by the number of sums each item adds, most first, so that parallel workers
    /// finish together. The costliest items go out first and the cheap ones fill the gaps.
    /// </summary>
    private int[] ItemsByCostDescending(int start, int end)
    {
        int[] items = AscendingItems(start, end);
        var negatedCosts = new long[items.Length];
        for (int item = start; item < end; item++)
        {
            long cost = 0;
            foreach (int user in _matrix.ByItem.RowIndices(item))
            {
                cost += _matrix.ByUser.RowLength(user);
            }

            negatedCosts[item - start] = -cost;
        }

        Array.Sort(negatedCosts, items);
        return items;
    }

    /// <summary>The items of a build in the order workers take them, shared by all workers.</summary>
    private sealed class ItemQueue(int[] items)
    {
        private int _next;

        /// <summary>Takes the next few items, or returns false when none are left.</summary>
        public bool TryTake(out ReadOnlySpan<int> taken)
        {
            int first = Interlocked.Add(ref _next, ItemsPerTake) - ItemsPerTake;
            if (first >= items.Length)
            {
                taken = default;
                return false;
            }

            taken = items.AsSpan(first, Math.Min(ItemsPerTake, items.Length - first));
            return true;
        }
    }
}
