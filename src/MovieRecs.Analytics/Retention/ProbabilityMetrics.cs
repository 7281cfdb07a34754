namespace MovieRecs.Analytics.Retention;

/// <summary>
/// Measures of binary predictions: ROC AUC and PR AUC of a ranking score, and the Brier score and
/// calibration table of probabilities. A measure is <see cref="double.NaN"/> when undefined, such as
/// an AUC without positives or without negatives.
/// </summary>
public static class ProbabilityMetrics
{
    /// <summary>
    /// Returns the area under the ROC curve: the probability that a random positive scores above a
    /// random negative, with ties counted as one half (the Mann-Whitney U statistic over P·N).
    /// </summary>
    /// <exception cref="ArgumentException">The lists differ in length or a score is NaN.</exception>
    public static double RocAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        Check(scores, labels);
        int positives = labels.Count(label => label);
        int negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        int[] order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positiveRankSum = 0;
        int start = 0;
        while (start < order.Length)
        {
            int end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            // Tied scores share the mean of the ranks start+1 .. end+1.
            double meanRank = ((start + 1) + (end + 1)) / 2.0;
            for (int i = start; i <= end; i++)
            {
                positiveRankSum += labels[order[i]] ? meanRank : 0;
            }

            start = end + 1;
        }

        double u = positiveRankSum - (positives * (positives + 1) / 2.0);
        return u / ((double)positives * negatives);
    }

    /// <summary>
    /// Returns the area under the precision-recall curve as average precision: the sum over score
    /// thresholds, from the highest down, of the gain in recall times the precision there. Tied
    /// scores form one threshold, so their order does not matter.
    /// </summary>
    /// <exception cref="ArgumentException">The lists differ in length or a score is NaN.</exception>
    public static double AveragePrecision(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        Check(scores, labels);
        int positives = labels.Count(label => label);
        if (positives == 0)
        {
            return double.NaN;
        }

        int[] order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        double area = 0;
        double previousRecall = 0;
        int truePositives = 0;
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
                truePositives += labels[order[i]] ? 1 : 0;
            }

            double recall = (double)truePositives / positives;
            double precision = (double)truePositives / (end + 1);
            area += (recall - previousRecall) * precision;
            previousRecall = recall;
            start = end + 1;
        }

        return area;
    }

    /// <summary>Returns the Brier score: the mean of (p − y)², where y is 1 for a positive and 0 otherwise.</summary>
    /// <exception cref="ArgumentException">The lists differ in length, or a probability lies outside [0, 1].</exception>
    public static double Brier(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        CheckProbabilities(probabilities, labels);
        if (probabilities.Count == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        for (int i = 0; i < probabilities.Count; i++)
        {
            double difference = probabilities[i] - (labels[i] ? 1 : 0);
            sum += difference * difference;
        }

        return sum / probabilities.Count;
    }

    /// <summary>
    /// Returns the calibration table: the predictions sorted from lowest to highest and cut into
    /// <paramref name="bins"/> groups of equal size (sizes differ by at most one; deciles for 10),
    /// each with its mean prediction and observed rate. Bins that would be empty are left out.
    /// </summary>
    /// <exception cref="ArgumentException">The lists differ in length, or a probability lies outside [0, 1].</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is not positive.</exception>
    public static IReadOnlyList<CalibrationBin> CalibrationTable(
        IReadOnlyList<double> probabilities,
        IReadOnlyList<bool> labels,
        int bins = 10)
    {
        CheckProbabilities(probabilities, labels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bins);

        int count = probabilities.Count;
        int[] order = Enumerable.Range(0, count).OrderBy(i => probabilities[i]).ThenBy(i => i).ToArray();
        var table = new List<CalibrationBin>(bins);
        for (int bin = 0; bin < bins; bin++)
        {
            int start = (int)((long)bin * count / bins);
            int end = (int)((long)(bin + 1) * count / bins);
            if (end <= start)
            {
                continue;
            }

            int[] members = order[start..end];
            table.Add(new CalibrationBin(
                bin + 1,
                members.Length,
                probabilities[members[0]],
                probabilities[members[^1]],
                members.Average(i => probabilities[i]),
                members.Count(i => labels[i]) / (double)members.Length));
        }

        return table;
    }

    private static void Check(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
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
    }

    private static void CheckProbabilities(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        Check(probabilities, labels);
        for (int i = 0; i < probabilities.Count; i++)
        {
            if (probabilities[i] is < 0 or > 1)
            {
                throw new ArgumentException(
                    $"Probability {i} is {probabilities[i]}; probabilities must lie in [0, 1].",
                    nameof(probabilities));
            }
        }
    }
}
