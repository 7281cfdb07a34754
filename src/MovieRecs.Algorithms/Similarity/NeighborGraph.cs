namespace MovieRecs.Algorithms.Similarity;

/// <summary>
/// The sparse item-item similarity model: for each item, its neighbors strongest first. The graph
/// is symmetric: when j is a neighbor of i, i is a neighbor of j with the same similarity.
/// </summary>
/// <remarks>
/// Each item first keeps its own strongest neighbors; the union of both directions then makes the
/// graph symmetric. So the neighbor lists of the items a user rated tell, for every candidate item,
/// all of its stored neighbors among them, and a user's scores can be computed from those lists
/// alone. Memory grows linearly with the item count: at most 2 x MaxStoredNeighbors entries per
/// item, 16 bytes each, whatever the number of users.
/// </remarks>
public sealed class NeighborGraph
{
    private readonly Neighbor[][] _neighbors;

    private NeighborGraph(Neighbor[][] neighbors)
    {
        _neighbors = neighbors;
    }

    /// <summary>The number of items.</summary>
    public int ItemCount => _neighbors.Length;

    /// <summary>The total number of stored (item, neighbor) entries.</summary>
    public long EntryCount => _neighbors.Sum(list => (long)list.Length);

    /// <summary>Returns the neighbors of an item, strongest first.</summary>
    public IReadOnlyList<Neighbor> NeighborsOf(int itemIndex) => _neighbors[itemIndex];

    /// <summary>
    /// Merges shard results, each a (start index, lists) pair that together cover 0..itemCount once,
    /// into a symmetric graph.
    /// </summary>
    /// <exception cref="ArgumentException">The shards leave an item uncovered or cover it twice.</exception>
    public static NeighborGraph FromShards(int itemCount, IEnumerable<(int Start, Neighbor[][] Lists)> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);

        var own = new Neighbor[itemCount][];
        foreach ((int start, Neighbor[][] lists) in shards)
        {
            for (int offset = 0; offset < lists.Length; offset++)
            {
                int item = start + offset;
                if ((uint)item >= (uint)itemCount || own[item] is not null)
                {
                    throw new ArgumentException($"Item index {item} is outside 0..{itemCount - 1} or covered twice.", nameof(shards));
                }

                own[item] = lists[offset];
            }
        }

        int missing = Array.FindIndex(own, lists => lists is null);
        if (missing >= 0)
        {
            throw new ArgumentException($"No shard covers item index {missing}.", nameof(shards));
        }

        return Symmetrize(own);
    }

    /// <summary>
    /// Creates a graph with no neighbors, for a model whose lists are supplied per request (see
    /// <see cref="Recommenders.ItemKnnRecommender.Recommend(Recommenders.UserProfile, int, IReadOnlyDictionary{int, IReadOnlyList{MovieNeighbor}})"/>).
    /// </summary>
    public static NeighborGraph Empty(int itemCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        var neighbors = new Neighbor[itemCount][];
        Array.Fill(neighbors, []);
        return new NeighborGraph(neighbors);
    }

    /// <summary>
    /// Builds the graph of a whole matrix on every core. Workers take items, costliest first, from
    /// a shared queue, and the result equals <see cref="FromShards"/> of one
    /// <see cref="ItemSimilarityBuilder.BuildShard"/> over all items.
    /// </summary>
    public static NeighborGraph Build(ItemSimilarityBuilder builder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(builder);

        Neighbor[][] own = builder.BuildAll(Environment.ProcessorCount, cancellationToken);
        return FromShards(builder.ItemCount, [(0, own)]);
    }

    /// <summary>Creates a graph from lists that are already symmetric, such as lists read back from item grains.</summary>
    /// <exception cref="ArgumentException">A neighbor index is out of range.</exception>
    public static NeighborGraph FromSymmetricLists(IReadOnlyList<IReadOnlyList<Neighbor>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);

        var neighbors = new Neighbor[lists.Count][];
        for (int item = 0; item < lists.Count; item++)
        {
            neighbors[item] = lists[item].ToArray();
            foreach (Neighbor neighbor in neighbors[item])
            {
                if ((uint)neighbor.Index >= (uint)lists.Count)
                {
                    throw new ArgumentException($"Item index {item} has neighbor index {neighbor.Index} out of range.", nameof(lists));
                }
            }
        }

        return new NeighborGraph(neighbors);
    }

    /// <summary>
    /// Returns, for every item, the union of its own list and the items that list it, strongest
    /// first. The builder gives both directions of a pair the same similarity, so when both lists
    /// contain the pair the item's own copy is kept.
    /// </summary>
    private static NeighborGraph Symmetrize(Neighbor[][] own)
    {
        // Reverse entries in CSR form: row j lists (i, s) for every i whose own list contains j.
        var reverseOffsets = new int[own.Length + 1];
        foreach (Neighbor[] list in own)
        {
            foreach (Neighbor neighbor in list)
            {
                reverseOffsets[neighbor.Index + 1]++;
            }
        }

        for (int item = 0; item < own.Length; item++)
        {
            reverseOffsets[item + 1] += reverseOffsets[item];
        }

        var reverse = new Neighbor[reverseOffsets[^1]];
        int[] next = reverseOffsets[..^1];
        for (int item = 0; item < own.Length; item++)
        {
            foreach (Neighbor neighbor in own[item])
            {
                reverse[next[neighbor.Index]++] = new Neighbor(item, neighbor.Similarity);
            }
        }

        // Items are merged in parallel, and each worker has its own marks. seenBy[j] == item marks
        // j as already in item's list, which drops duplicate indices.
        var neighbors = new Neighbor[own.Length][];
        Parallel.For(
            0,
            own.Length,
            () => (SeenBy: NewMarks(own.Length), Buffer: new List<Neighbor>()),
            (item, _, scratch) =>
            {
                scratch.Buffer.Clear();
                AddUnseen(scratch.Buffer, own[item], scratch.SeenBy, item);
                int reverseStart = reverseOffsets[item];
                int reverseLength = reverseOffsets[item + 1] - reverseStart;
                AddUnseen(scratch.Buffer, reverse.AsSpan(reverseStart, reverseLength), scratch.SeenBy, item);
                Neighbor[] list = scratch.Buffer.ToArray();
                Array.Sort(list, Neighbor.StrongestFirst);
                neighbors[item] = list;
                return scratch;
            },
            _ => { });

        return new NeighborGraph(neighbors);
    }

    private static int[] NewMarks(int itemCount)
    {
        var seenBy = new int[itemCount];
        Array.Fill(seenBy, -1);
        return seenBy;
    }

    private static void AddUnseen(List<Neighbor> buffer, ReadOnlySpan<Neighbor> entries, int[] seenBy, int item)
    {
        foreach (Neighbor neighbor in entries)
        {
            if (seenBy[neighbor.Index] != item)
            {
                seenBy[neighbor.Index] = item;
                buffer.Add(neighbor);
            }
        }
    }
}
