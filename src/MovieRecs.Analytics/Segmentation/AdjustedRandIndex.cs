namespace MovieRecs.Analytics.Segmentation;

/// <summary>
/// The adjusted Rand index of two labelings of the same items: the Rand index corrected for the
/// agreement expected by chance. 1 means the same partition (whatever the label values), about 0
/// what random labelings give, and negative values less agreement than chance.
/// </summary>
/// <remarks>
/// Source: L. Hubert and P. Arabie, "Comparing partitions", Journal of Classification 2 (1985).
/// ARI = (Σij C(nij, 2) - E) / (½ [Σi C(ai, 2) + Σj C(bj, 2)] - E) with E = Σi C(ai, 2) Σj C(bj, 2) / C(n, 2),
/// where nij counts the items in cluster i of the first labeling and j of the second.
/// </remarks>
public static class AdjustedRandIndex
{
    /// <summary>Computes the adjusted Rand index.</summary>
    /// <returns>
    /// The index; 1 when both labelings are the same trivial partition (all in one cluster, or all
    /// apart), where the formula divides zero by zero.
    /// </returns>
    /// <exception cref="ArgumentException">The labelings differ in length or are empty.</exception>
    public static double Compute(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count || first.Count == 0)
        {
            throw new ArgumentException(
                $"The labelings have {first.Count} and {second.Count} items; give two non-empty labelings of the same items.",
                nameof(second));
        }

        var pairs = new Dictionary<(int, int), long>();
        var firstSizes = new Dictionary<int, long>();
        var secondSizes = new Dictionary<int, long>();
        for (int i = 0; i < first.Count; i++)
        {
            pairs[(first[i], second[i])] = pairs.GetValueOrDefault((first[i], second[i])) + 1;
            firstSizes[first[i]] = firstSizes.GetValueOrDefault(first[i]) + 1;
            secondSizes[second[i]] = secondSizes.GetValueOrDefault(second[i]) + 1;
        }

        double index = pairs.Values.Sum(Choose2);
        double firstSum = firstSizes.Values.Sum(Choose2);
        double secondSum = secondSizes.Values.Sum(Choose2);
        double expected = firstSum * secondSum / Choose2(first.Count);
        double max = (firstSum + secondSum) / 2;
        return max - expected == 0 ? 1.0 : (index - expected) / (max - expected);
    }

    private static double Choose2(long n) => n * (n - 1) / 2.0;
}
