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
        (int[] capacities, long[] offerBounds) = NeighborCapacities(start, end);
        var queue = new ItemQueue(workerCount == 1 ? AscendingItems(start, end) : ItemsByCostDescending(start, end));
        var workers = new StrongestNeighbors[workerCount];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = workerCount,
            CancellationToken = cancellationToken,
        };
        if (workerCount == 1)
        {
            workers[0] = RunWorker(queue, start, end, capacities, offerBounds, cancellationToken);
        }
        else
        {
            Parallel.For(0, workerCount, parallel, worker =>
            {
                workers[worker] = RunWorker(queue, start, end, capacities, offerBounds, cancellationToken);
            });
        }

        return CollectLists(workers, start, end, capacities, parallel);
    }

    /// <summary>Merges the workers' buffers into each item's list, strongest first.</summary>
    private static Neighbor[][] CollectLists(
        StrongestNeighbors[] workers,
        int start,
        int end,
        int[] capacities,
        ParallelOptions parallel)
    {
        var lists = new Neighbor[end - start][];
        // A worker's buffer holds at most twice an item's capacity.
        int bufferLength = workers.Length * 2 * (capacities.Length == 0 ? 0 : capacities.Max());
        if (workers.Length == 1)
        {
            var buffer = new Neighbor[bufferLength];
            for (int item = start; item < end; item++)
            {
                lists[item - start] = StrongestNeighbors.MergeStrongestFirst(workers, item, buffer);
            }

            return lists;
        }

        Parallel.For(
            start,
            end,
            parallel,
            () => new Neighbor[bufferLength],
            (item, _, buffer) =>
            {
                lists[item - start] = StrongestNeighbors.MergeStrongestFirst(workers, item, buffer);
                return buffer;
            },
            _ => { });
        return lists;
    }

    private StrongestNeighbors RunWorker(
        ItemQueue queue,
        int start,
        int end,
        int[] capacities,
        long[] offerBounds,
        CancellationToken cancellationToken) =>
        _options.Metric == SimilarityMetric.Cosine
            ? RunWorker<DotProductSums>(queue, start, end, new StrongestNeighbors(start, capacities, offerBounds), cancellationToken)
            : RunWorker<CorrelationSums>(queue, start, end, new StrongestNeighbors(start, capacities, offerBounds), cancellationToken);

    /// <summary>
    /// Builds the items a worker takes from the queue into its own buffers. The scratch arrays are
    /// allocated once per worker and left all zero after each item, so the loop allocates nothing.
    /// </summary>
    private StrongestNeighbors RunWorker<TSums>(
        ItemQueue queue,
        int start,
        int end,
        StrongestNeighbors strongest,
        CancellationToken cancellationToken)
        where TSums : struct, IPairSums
    {
        var sums = new TSums[ItemCount];
        var touched = new int[ItemCount];
        while (queue.TryTake(out ReadOnlySpan<int> items))
        {
            foreach (int item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                BuildItem(item, start, end, sums, touched, strongest);
            }
        }

        return strongest;
    }

    // Kept out of the worker loop, which runs once per build and so would only ever run as
    // on-stack-replacement code; a call per item lets tiered compilation fully optimise this.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void BuildItem<TSums>(int item, int start, int end, TSums[] sums, int[] touched, StrongestNeighbors strongest)
        where TSums : struct, IPairSums
    {
        int touchedCount = Accumulate(item, start, sums, touched);
        OfferSimilarities(item, end, sums, touched.AsSpan(0, touchedCount), strongest);
    }

    /// <summary>
    /// Adds up the sums of every pair (item, j) that this item computes, and lists each j once in
    /// <paramref name="touched"/>; returns the number listed.
    /// </summary>
    /// <remarks>
    /// Every pair with both items in the range is computed once, when its lower item is built, so
    /// this item skips the candidates in [start, item]. A candidate's sums come out the same from
    /// either side: both walk the co-rating users in ascending order and multiply the same two
    /// values, so the result does not depend on which item computed the pair or on the range.
    /// </remarks>
    private int Accumulate<TSums>(int item, int start, TSums[] sums, int[] touched)
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

            // The row is sorted, so the candidates below start are a prefix and those above the
            // item a suffix.
            int belowStart = start == 0 ? 0 : LowerBound(rated[..self], start);
            touchedCount = AddPairs(x, rated[..belowStart], values[..belowStart], sums, touched, touchedCount);
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

    /// <summary>
    /// Scores the touched candidates, offers each kept similarity to both items of the pair and
    /// clears their scratch slots.
    /// </summary>
    private void OfferSimilarities<TSums>(int item, int end, TSums[] sums, ReadOnlySpan<int> touched, StrongestNeighbors strongest)
        where TSums : struct, IPairSums
    {
        double itemSquaredNorm = _squaredNorms[item];
        foreach (int candidate in touched)
        {
            ref TSums slot = ref sums[candidate];
            double? similarity = Score(slot, itemSquaredNorm, _squaredNorms[candidate]);
            slot = default;
            if (similarity is not double value || value <= _options.MinSimilarity)
            {
                continue;
            }

            strongest.Offer(item, candidate, value);

            // A candidate above the item and inside the range skipped this pair in its own pass.
            if (candidate > item && candidate < end)
            {
                strongest.Offer(candidate, item, value);
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

    /// <summary>
    /// Returns each item's capacity, MaxStoredNeighbors or fewer when the item cannot have that
    /// many candidates, and the bound on its distinct candidates, so that a large
    /// MaxStoredNeighbors does not reserve memory for items with few co-ratings.
    /// </summary>
    private (int[] Capacities, long[] OfferBounds) NeighborCapacities(int start, int end)
    {
        var capacities = new int[end - start];
        var offerBounds = new long[end - start];
        for (int item = start; item < end; item++)
        {
            // Each co-rating user contributes at most its other ratings as candidates.
            long candidateBound = 0;
            foreach (int user in _matrix.ByItem.RowIndices(item))
            {
                candidateBound += _matrix.ByUser.RowLength(user) - 1;
            }

            long bound = Math.Min(candidateBound, ItemCount - 1);
            offerBounds[item - start] = bound;
            capacities[item - start] = (int)Math.Min(bound, _options.MaxStoredNeighbors);
        }

        return (capacities, offerBounds);
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
    /// finish together: the costliest items go out first and the cheap ones fill the gaps.
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
                ReadOnlySpan<int> rated = _matrix.ByUser.RowIndices(user);
                int self = rated.BinarySearch(item);
                cost += rated.Length - self - 1 + (start == 0 ? 0 : LowerBound(rated[..self], start));
            }

            negatedCosts[item - start] = -cost;
        }

        Array.Sort(negatedCosts, items);
        return items;
    }

    /// <summary>Returns the position of the first index at or above <paramref name="value"/>.</summary>
    private static int LowerBound(ReadOnlySpan<int> sortedIndices, int value)
    {
        int position = sortedIndices.BinarySearch(value);
        return position >= 0 ? position : ~position;
    }

    /// <summary>The items of a build in the order workers take them, shared by all workers.</summary>
    private sealed class ItemQueue(int[] items)
    {
        private int _next;

        /// <summary>Takes the next few items; returns false when none are left.</summary>
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
