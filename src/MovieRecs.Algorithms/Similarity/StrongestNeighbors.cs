namespace MovieRecs.Algorithms.Similarity;

/// <summary>
/// A reusable buffer that keeps the strongest <c>capacity</c> neighbors offered to one item under
/// the <see cref="Neighbor.StrongestFirst"/> order. Offers never allocate.
/// </summary>
/// <remarks>
/// An offer appends to the buffer, which is a few times the capacity. When it is full, a selection moves
/// the strongest <c>capacity</c> entries to its front, drops the rest and raises the admission
/// threshold to the weakest similarity kept, so that most later offers cost one comparison.
/// This keeps the same set as a bounded heap with fewer comparisons per kept offer. Because the
/// order is total (similarity, then index), the kept set does not depend on the order of offers.
/// </remarks>
internal sealed class StrongestNeighbors
{
    // The buffer length as a multiple of the capacity. In single-threaded builds of
    // ml-latest-small with 100 neighbors on a loaded 2-core machine, 4 took about 12% less CPU
    // time than 2, and 8 was no faster than 4.
    private const int BufferFactor = 4;

    private readonly Neighbor[] _entries;
    private readonly int _capacity;
    private int _count;

    // The similarity an offer must reach: the weakest kept after a selection, -infinity before.
    private double _admission = double.NegativeInfinity;

    /// <summary>
    /// Creates a buffer that keeps <paramref name="capacity"/> neighbors of an item that is offered
    /// at most <paramref name="maxOffers"/> distinct neighbors.
    /// </summary>
    public StrongestNeighbors(int capacity, int maxOffers)
    {
        _capacity = capacity;

        // A selection is a few passes over the buffer and frees (factor - 1) x capacity slots. A
        // buffer that fits every possible offer never needs one.
        _entries = new Neighbor[Math.Min((long)BufferFactor * capacity, maxOffers)];
    }

    /// <summary>Offers a neighbor, which is kept if it ranks among the strongest.</summary>
    public void Offer(int neighborIndex, double similarity)
    {
        // An offer equal to the threshold may still win on the index tie-break, so it passes.
        if (similarity < _admission)
        {
            return;
        }

        if (_count == _entries.Length)
        {
            KeepStrongest(_capacity);
            _admission = _entries[_capacity - 1].Similarity;
            if (similarity < _admission)
            {
                return;
            }
        }

        _entries[_count++] = new Neighbor(neighborIndex, similarity);
    }

    /// <summary>Returns the kept neighbors, strongest first, and empties the buffer.</summary>
    public Neighbor[] TakeStrongestFirst()
    {
        if (_count > _capacity)
        {
            KeepStrongest(_capacity);
        }

        Span<Neighbor> kept = _entries.AsSpan(0, _count);
        kept.Sort(Neighbor.StrongestFirst);
        Neighbor[] list = kept.ToArray();
        _count = 0;
        _admission = double.NegativeInfinity;
        return list;
    }

    /// <summary>Cuts the buffer down to its <paramref name="count"/> strongest entries.</summary>
    private void KeepStrongest(int count)
    {
        SelectStrongest(_entries.AsSpan(0, _count), count - 1);
        _count = count;
    }

    /// <summary>
    /// Reorders <paramref name="entries"/> so that position <paramref name="rank"/> gets the entry a
    /// strongest-first sort would put there, with only stronger entries before it and only weaker
    /// ones after. This is Hoare's selection (quickselect), in expected linear time.
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
