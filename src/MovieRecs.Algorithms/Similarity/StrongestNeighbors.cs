using System.Diagnostics;

namespace MovieRecs.Algorithms.Similarity;

/// <summary>
/// Per item of a contiguous range, a buffer of offered neighbors that always contains the
/// strongest <c>capacity</c> of them under the <see cref="Neighbor.StrongestFirst"/> order, all in
/// one flat array. Offers never allocate.
/// </summary>
/// <remarks>
/// An offer appends to the item's buffer. When the buffer is full, a selection moves the
/// strongest <c>capacity</c> entries to its front, drops the rest and raises the item's admission
/// threshold to the weakest similarity kept, so later offers below it are rejected by reading one
/// double from a dense array. A bounded heap would keep the same set, but a heap update is a chain
/// of dependent reads, and half of all offers go to an item other than the one being built, whose
/// heap is cold in the cache; an append is one write. Because the order is total (similarity,
/// then index), the kept set does not depend on the order the offers arrive in.
/// </remarks>
internal sealed class StrongestNeighbors
{
    private readonly int _start;
    private readonly int[] _capacities;
    private readonly int[] _offsets;
    private readonly int[] _counts;
    private readonly Neighbor[] _entries;

    // The similarity an offer must reach: the weakest kept after a selection, -infinity before.
    private readonly double[] _admission;

    /// <summary>
    /// Creates empty buffers for items start, start + 1, ... that keep the strongest
    /// <paramref name="capacities"/>[k] neighbors of item start + k. No item may be offered more
    /// than <paramref name="offerBounds"/>[k] distinct neighbors, and a buffer never holds more.
    /// </summary>
    public StrongestNeighbors(int start, int[] capacities, ReadOnlySpan<long> offerBounds)
    {
        _start = start;
        _capacities = capacities;
        _offsets = new int[capacities.Length + 1];
        for (int slot = 0; slot < capacities.Length; slot++)
        {
            // Twice the capacity makes a selection, which costs a few passes over the buffer, run
            // once per capacity offers at most.
            long length = Math.Min(offerBounds[slot], 2L * capacities[slot]);
            _offsets[slot + 1] = checked(_offsets[slot] + (int)length);
        }

        _counts = new int[capacities.Length];
        _entries = new Neighbor[_offsets[^1]];
        _admission = new double[capacities.Length];
        Array.Fill(_admission, double.NegativeInfinity);
    }

    /// <summary>Offers a neighbor to an item; it is kept if it ranks among the strongest.</summary>
    public void Offer(int item, int neighborIndex, double similarity)
    {
        int slot = item - _start;

        // An offer equal to the threshold may still win on the index tie-break, so it passes.
        if (similarity < _admission[slot])
        {
            return;
        }

        int end = _offsets[slot + 1];
        int position = _offsets[slot] + _counts[slot];
        if (position == end)
        {
            position = _offsets[slot] + KeepStrongest(slot);
            if (similarity < _admission[slot])
            {
                return;
            }
        }

        _entries[position] = new Neighbor(neighborIndex, similarity);
        _counts[slot]++;
    }

    /// <summary>
    /// Merges the buffers of several workers for one item into its list of at most capacity
    /// entries, strongest first. Each buffer contains the strongest of the offers its worker saw,
    /// so the strongest of their union are the strongest of all offers.
    /// </summary>
    public static Neighbor[] MergeStrongestFirst(StrongestNeighbors[] workers, int item, Span<Neighbor> buffer)
    {
        int count = 0;
        foreach (StrongestNeighbors neighbors in workers)
        {
            int slot = item - neighbors._start;
            ReadOnlySpan<Neighbor> entries = neighbors._entries.AsSpan(neighbors._offsets[slot], neighbors._counts[slot]);
            entries.CopyTo(buffer[count..]);
            count += entries.Length;
        }

        Span<Neighbor> kept = buffer[..count];
        int capacity = workers[0]._capacities[item - workers[0]._start];
        if (count > capacity)
        {
            SelectStrongest(kept, capacity - 1);
            kept = kept[..capacity];
        }

        kept.Sort(Neighbor.StrongestFirst);
        return kept.ToArray();
    }

    /// <summary>Cuts a full buffer down to its strongest entries; returns the number kept.</summary>
    private int KeepStrongest(int slot)
    {
        int capacity = _capacities[slot];
        Span<Neighbor> buffer = _entries.AsSpan(_offsets[slot], _counts[slot]);

        // The offer bound sizes a buffer that cannot overflow at its capacity, because every
        // neighbor is offered to an item at most once.
        Debug.Assert(capacity < buffer.Length, "A buffer no larger than its capacity filled up.");

        SelectStrongest(buffer, capacity - 1);
        _counts[slot] = capacity;
        _admission[slot] = buffer[capacity - 1].Similarity;
        return capacity;
    }

    /// <summary>
    /// Reorders <paramref name="entries"/> so that position <paramref name="rank"/> holds the entry a
    /// strongest-first sort would put there, with only stronger entries before it and only weaker
    /// ones after: Hoare's selection (quickselect), expected linear time.
    /// </summary>
    private static void SelectStrongest(Span<Neighbor> entries, int rank)
    {
        int low = 0;
        int high = entries.Length - 1;
        while (low < high)
        {
            Neighbor pivot = entries[rank];
            int left = low;
            int right = high;
            do
            {
                while (IsWeaker(pivot, entries[left]))
                {
                    left++;
                }

                while (IsWeaker(entries[right], pivot))
                {
                    right--;
                }

                if (left <= right)
                {
                    (entries[left], entries[right]) = (entries[right], entries[left]);
                    left++;
                    right--;
                }
            }
            while (left <= right);

            if (right < rank)
            {
                low = left;
            }

            if (rank < left)
            {
                high = right;
            }
        }
    }

    /// <summary>
    /// Returns whether <paramref name="left"/> ranks after <paramref name="right"/> under
    /// <see cref="Neighbor.StrongestFirst"/>, with the comparison inlined.
    /// </summary>
    private static bool IsWeaker(Neighbor left, Neighbor right) =>
        left.Similarity < right.Similarity || (left.Similarity == right.Similarity && left.Index > right.Index);
}
