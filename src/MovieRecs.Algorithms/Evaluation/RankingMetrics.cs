namespace MovieRecs.Algorithms.Evaluation;

/// <summary>Top-N accuracy metrics of one user's recommendation list.</summary>
/// <remarks>
/// Relevance is binary. Precision@k is the number of relevant movies among the first k
/// recommended, divided by k; a list shorter than k counts its missing places as misses. Recall@k
/// is the same count divided by the number of relevant movies. nDCG@k divides
/// DCG = sum over ranks i &lt;= k of rel(i) / log2(i + 1) by the DCG of an ideal list with
/// min(k, |relevant|) hits first (Jarvelin and Kekalainen, "Cumulated gain-based evaluation of IR
/// techniques", TOIS 2002). AP@k is sum over ranks i &lt;= k of Precision@i rel(i), divided by
/// min(k, |relevant|). The reciprocal rank is 1 / (rank of the first relevant movie), 0 when none
/// is listed. Every metric is undefined (NaN) for a user with no relevant movie, and such users
/// are left out of the averages.
/// </remarks>
public static class RankingMetrics
{
    /// <summary>Computes Precision@k in [0, 1]; NaN when <paramref name="relevant"/> is empty.</summary>
    /// <exception cref="ArgumentOutOfRangeException">k is zero or negative.</exception>
    public static double PrecisionAtK(IReadOnlyList<int> recommended, IReadOnlySet<int> relevant, int k)
    {
        int hits = HitsAtK(recommended, relevant, k);
        return relevant.Count == 0 ? double.NaN : (double)hits / k;
    }

    /// <summary>Computes Recall@k in [0, 1]; NaN when <paramref name="relevant"/> is empty.</summary>
    /// <exception cref="ArgumentOutOfRangeException">k is zero or negative.</exception>
    public static double RecallAtK(IReadOnlyList<int> recommended, IReadOnlySet<int> relevant, int k)
    {
        int hits = HitsAtK(recommended, relevant, k);
        return relevant.Count == 0 ? double.NaN : (double)hits / relevant.Count;
    }

    /// <summary>Computes nDCG@k in [0, 1] with binary relevance; NaN when <paramref name="relevant"/> is empty.</summary>
    /// <exception cref="ArgumentOutOfRangeException">k is zero or negative.</exception>
    public static double NdcgAtK(IReadOnlyList<int> recommended, IReadOnlySet<int> relevant, int k)
    {
        ArgumentNullException.ThrowIfNull(recommended);
        ArgumentNullException.ThrowIfNull(relevant);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        if (relevant.Count == 0)
        {
            return double.NaN;
        }

        double dcg = 0;
        var seen = new HashSet<int>();
        for (int position = 0; position < Math.Min(k, recommended.Count); position++)
        {
            if (seen.Add(recommended[position]) && relevant.Contains(recommended[position]))
            {
                dcg += 1.0 / Math.Log2(position + 2);
            }
        }

        double ideal = 0;
        for (int position = 0; position < Math.Min(k, relevant.Count); position++)
        {
            ideal += 1.0 / Math.Log2(position + 2);
        }

        return dcg / ideal;
    }

    /// <summary>Computes AP@k in [0, 1]; NaN when <paramref name="relevant"/> is empty.</summary>
    /// <exception cref="ArgumentOutOfRangeException">k is zero or negative.</exception>
    public static double AveragePrecisionAtK(IReadOnlyList<int> recommended, IReadOnlySet<int> relevant, int k)
    {
        ArgumentNullException.ThrowIfNull(recommended);
        ArgumentNullException.ThrowIfNull(relevant);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        if (relevant.Count == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        int hits = 0;
        var seen = new HashSet<int>();
        for (int position = 0; position < Math.Min(k, recommended.Count); position++)
        {
            if (seen.Add(recommended[position]) && relevant.Contains(recommended[position]))
            {
                hits++;
                sum += (double)hits / (position + 1);
            }
        }

        return sum / Math.Min(k, relevant.Count);
    }

    /// <summary>
    /// Computes the reciprocal rank of the first relevant movie in the list, 0 when the list has
    /// none; NaN when <paramref name="relevant"/> is empty.
    /// </summary>
    public static double ReciprocalRank(IReadOnlyList<int> recommended, IReadOnlySet<int> relevant)
    {
        ArgumentNullException.ThrowIfNull(recommended);
        ArgumentNullException.ThrowIfNull(relevant);
        if (relevant.Count == 0)
        {
            return double.NaN;
        }

        for (int position = 0; position < recommended.Count; position++)
        {
            if (relevant.Contains(recommended[position]))
            {
                return 1.0 / (position + 1);
            }
        }

        return 0;
    }

    /// <summary>Counts the relevant movies among the first k recommended; a repeated id counts once.</summary>
    /// <exception cref="ArgumentOutOfRangeException">k is zero or negative.</exception>
    public static int HitsAtK(IReadOnlyList<int> recommended, IReadOnlySet<int> relevant, int k)
    {
        ArgumentNullException.ThrowIfNull(recommended);
        ArgumentNullException.ThrowIfNull(relevant);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);

        var seen = new HashSet<int>();
        int hits = 0;
        for (int position = 0; position < Math.Min(k, recommended.Count); position++)
        {
            if (seen.Add(recommended[position]) && relevant.Contains(recommended[position]))
            {
                hits++;
            }
        }

        return hits;
    }
}
