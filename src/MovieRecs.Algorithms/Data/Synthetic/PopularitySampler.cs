namespace MovieRecs.Algorithms.Data.Synthetic;

/// <summary>
/// Draws distinct popularity ranks with probability proportional to their weights, the way
/// successive draws without replacement do.
/// </summary>
/// <remarks>
/// Small samples redraw on a repeat from an alias table. A sample of more than a quarter of the
/// ranks, where repeats would be common, instead keeps the largest keys log(u) / weight over every
/// rank (Efraimidis and Spirakis, "Weighted random sampling with a reservoir", 2006), which has the
/// same distribution. Not thread-safe: it reuses one marker array.
/// </remarks>
internal sealed class PopularitySampler
{
    private readonly double[] _weights;
    private readonly AliasTable _table;
    private readonly bool[] _drawn;

    public PopularitySampler(double[] weights)
    {
        _weights = weights;
        _table = new AliasTable(weights);
        _drawn = new bool[weights.Length];
    }

    /// <summary>Returns <paramref name="count"/> distinct zero-based ranks in the order drawn.</summary>
    public int[] SampleDistinct(int count, ref SeededRandom random)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _weights.Length);
        return count * 4 <= _weights.Length ? SampleByRejection(count, ref random) : SampleByKeys(count, ref random);
    }

    private int[] SampleByRejection(int count, ref SeededRandom random)
    {
        var ranks = new int[count];
        int filled = 0;
        while (filled < count)
        {
            int rank = _table.Sample(ref random);
            if (!_drawn[rank])
            {
                _drawn[rank] = true;
                ranks[filled++] = rank;
            }
        }

        foreach (int rank in ranks)
        {
            _drawn[rank] = false;
        }

        return ranks;
    }

    private int[] SampleByKeys(int count, ref SeededRandom random)
    {
        var keys = new double[_weights.Length];
        var ranks = new int[_weights.Length];
        for (int rank = 0; rank < _weights.Length; rank++)
        {
            keys[rank] = -Math.Log(random.NextOpenDouble()) / _weights[rank];
            ranks[rank] = rank;
        }

        // The smallest -log(u) / weight are the largest log(u) / weight.
        Array.Sort(keys, ranks);
        return ranks[..count];
    }
}
