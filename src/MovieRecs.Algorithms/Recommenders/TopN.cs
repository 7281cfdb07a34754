using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// Selects the best-scored items with the ranking rule all models share: score descending, then
/// training rating count descending, then movie id ascending.
/// </summary>
public static class TopN
{
    /// <summary>
    /// Returns up to <paramref name="count"/> items from (item index, score) candidates, best first.
    /// Candidates with a NaN score are ignored.
    /// </summary>
    public static IReadOnlyList<ScoredMovie> Select(
        IEnumerable<(int ItemIndex, double Score)> candidates,
        RatingMatrix matrix,
        int count)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);

        var comparer = Comparer<(int ItemIndex, double Score)>.Create((left, right) => Compare(matrix, left, right));

        // A max-heap on "worst first" keeps the best count candidates in O(n log count).
        var heap = new PriorityQueue<(int ItemIndex, double Score), (int ItemIndex, double Score)>(comparer);
        foreach ((int itemIndex, double score) in candidates)
        {
            if (double.IsNaN(score))
            {
                continue;
            }

            var candidate = (itemIndex, score);
            if (heap.Count < count)
            {
                heap.Enqueue(candidate, candidate);
            }
            else if (comparer.Compare(candidate, heap.Peek()) > 0)
            {
                heap.DequeueEnqueue(candidate, candidate);
            }
        }

        var best = new List<(int ItemIndex, double Score)>(heap.Count);
        while (heap.Count > 0)
        {
            best.Add(heap.Dequeue());
        }

        best.Reverse();
        return best.Select(entry => new ScoredMovie(matrix.Items.GetId(entry.ItemIndex), entry.Score)).ToArray();
    }

    /// <summary>Compares two candidates; a positive result means the left one ranks higher.</summary>
    private static int Compare(RatingMatrix matrix, (int ItemIndex, double Score) left, (int ItemIndex, double Score) right)
    {
        int byScore = left.Score.CompareTo(right.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        int byCount = matrix.ItemRatingCount(left.ItemIndex).CompareTo(matrix.ItemRatingCount(right.ItemIndex));
        if (byCount != 0)
        {
            return byCount;
        }

        // Item indices follow ascending movie ids, so the lower index ranks higher.
        return right.ItemIndex.CompareTo(left.ItemIndex);
    }
}
