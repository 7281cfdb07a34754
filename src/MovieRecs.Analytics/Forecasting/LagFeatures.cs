using System.Globalization;

namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// The features of the learned demand model for one target week, computed from the weeks before a
/// forecast origin. Values enter as log(1 + units), and lags and means are taken relative to the
/// mean of the last 13 weeks, so one model serves series of different sizes.
/// </summary>
internal static class LagFeatures
{
    /// <summary>The number of single-week lags.</summary>
    public const int Lags = 8;

    /// <summary>The minimum number of weeks before an origin that gives every lag a value.</summary>
    public const int MinimumHistory = Lags;

    /// <summary>The weeks of the reference mean that lags and the target are taken relative to.</summary>
    public const int ReferenceWeeks = 13;

    /// <summary>The names of the features, in the order of <see cref="Compute"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. Enumerable.Range(1, Lags).Select(lag => $"lag{lag}"),
        "mean4", "mean26", "mean52", "level13", "zeroShare13", "step", "weekOfYear", "month",
    ];

    /// <summary>
    /// Writes the features of the week <paramref name="step"/> weeks after the origin into
    /// <paramref name="features"/>, from at least <see cref="MinimumHistory"/> weeks of history.
    /// </summary>
    /// <param name="logValues">log(1 + units) of the weeks before the origin.</param>
    /// <param name="step">The weeks from the origin to the target week, 1 for the first.</param>
    /// <param name="targetWeek">The Monday of the target week.</param>
    /// <param name="useCalendar">Whether to fill the week-of-year and month; when false both are 0.</param>
    /// <param name="features">The destination, of length <see cref="Names"/>.Count.</param>
    public static void Compute(
        ReadOnlySpan<double> logValues,
        int step,
        DateOnly targetWeek,
        bool useCalendar,
        Span<float> features)
    {
        int length = logValues.Length;
        double reference = MeanOfLast(logValues, ReferenceWeeks);
        for (int lag = 1; lag <= Lags; lag++)
        {
            features[lag - 1] = (float)(logValues[length - lag] - reference);
        }

        int next = Lags;
        features[next++] = (float)(MeanOfLast(logValues, 4) - reference);
        features[next++] = (float)(MeanOfLast(logValues, 26) - reference);
        features[next++] = (float)(MeanOfLast(logValues, 52) - reference);
        features[next++] = (float)reference;
        features[next++] = (float)ZeroShareOfLast(logValues, ReferenceWeeks);
        features[next++] = step;
        features[next++] = useCalendar ? ISOWeek.GetWeekOfYear(targetWeek.ToDateTime(TimeOnly.MinValue)) : 0;
        features[next] = useCalendar ? targetWeek.Month : 0;
    }

    /// <summary>Returns the reference level: the mean of log(1 + units) over the last 13 weeks.</summary>
    public static double Reference(ReadOnlySpan<double> logValues) => MeanOfLast(logValues, ReferenceWeeks);

    // The mean over the last `weeks` values, or over all of them when the history is shorter.
    private static double MeanOfLast(ReadOnlySpan<double> values, int weeks)
    {
        int count = Math.Min(weeks, values.Length);
        double sum = 0;
        for (int i = values.Length - count; i < values.Length; i++)
        {
            sum += values[i];
        }

        return sum / count;
    }

    private static double ZeroShareOfLast(ReadOnlySpan<double> values, int weeks)
    {
        int count = Math.Min(weeks, values.Length);
        int zeros = 0;
        for (int i = values.Length - count; i < values.Length; i++)
        {
            if (values[i] == 0)
            {
                zeros++;
            }
        }

        return (double)zeros / count;
    }
}
