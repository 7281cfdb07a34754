namespace MovieRecs.Algorithms.Data.Synthetic;

/// <summary>
/// Draws an index with probability proportional to its weight in constant time (Vose's alias
/// method, "A linear algorithm for generating random numbers with a given distribution", 1991).
/// </summary>
internal sealed class AliasTable
{
    private readonly double[] _probability;
    private readonly int[] _alias;

    public AliasTable(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfZero(weights.Count);

        int count = weights.Count;
        double total = weights.Sum();
        _probability = new double[count];
        _alias = new int[count];
        var scaled = new double[count];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (int i = 0; i < count; i++)
        {
            scaled[i] = weights[i] * count / total;
            (scaled[i] < 1.0 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            int less = small.Pop();
            int more = large.Pop();
            _probability[less] = scaled[less];
            _alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1.0;
            (scaled[more] < 1.0 ? small : large).Push(more);
        }

        // What is left has probability 1 up to rounding error.
        foreach (int index in large.Concat(small))
        {
            _probability[index] = 1.0;
            _alias[index] = index;
        }
    }

    public int Count => _probability.Length;

    public int Sample(ref SeededRandom random)
    {
        int column = random.NextInt(_probability.Length);
        return random.NextDouble() < _probability[column] ? column : _alias[column];
    }
}
