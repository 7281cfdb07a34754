namespace MovieRecs.Algorithms.Evaluation;

/// <summary>Top-N accuracy metrics of one user's recommendation list.</summary>
/// <remarks>
/// Precision@k is the number of relevant movies among the first k recommended, divided by k; a list
/// shorter than k counts its missing places as misses. Recall@k is the same count divided by the
/// number of relevant movies. Both are undefined (NaN) for a user with no relevant movie, and such
/// users are left out of the averages.
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
