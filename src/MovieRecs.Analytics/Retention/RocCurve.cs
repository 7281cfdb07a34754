namespace MovieRecs.Analytics.Retention;

/// <summary>The receiver operating characteristic curve of a ranking score against binary outcomes.</summary>
public static class RocCurve
{
    /// <summary>
    /// Returns the curve's points from (0, 0) to (1, 1): one point per distinct score, from the
    /// highest down, so tied scores move both rates in one step. The area under these points by
    /// the trapezoid rule equals <see cref="ProbabilityMetrics.RocAuc"/>. Empty when the outcomes
    /// have no positive or no negative, because a rate is then undefined.
    /// </summary>
    /// <exception cref="ArgumentException">The lists differ in length or a score is NaN.</exception>
    public static IReadOnlyList<RocPoint> Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (scores.Count != labels.Count)
        {
            throw new ArgumentException(
                $"The scores ({scores.Count}) and the labels ({labels.Count}) differ in length.",
                nameof(labels));
        }

        for (int i = 0; i < scores.Count; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                throw new ArgumentException($"Score {i} is NaN; every score must be a number.", nameof(scores));
            }
        }

        int positives = labels.Count(label => label);
        int negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return [];
        }

        int[] order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var points = new List<RocPoint> { new(0, 0) };
        int truePositives = 0;
        int falsePositives = 0;
        int start = 0;
        while (start < order.Length)
        {
            int end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            for (int i = start; i <= end; i++)
            {
                if (labels[order[i]])
                {
                    truePositives++;
                }
                else
                {
                    falsePositives++;
                }
            }

            points.Add(new RocPoint((double)falsePositives / negatives, (double)truePositives / positives));
            start = end + 1;
        }

        return points;
    }
}
