namespace MovieRecs.Algorithms.Data.Synthetic;

/// <summary>
/// Timestamps of one user's ratings: sessions of ratings about a minute apart, separated by gaps
/// of about a month, placed at a random point between 1995-01-01 and 2018-10-01 UTC.
/// </summary>
/// <remarks>
/// NOTE: the session length and the gaps are plausible choices, not fitted to MovieLens.
/// </remarks>
internal static class SyntheticTimeline
{
    /// <summary>1995-01-01T00:00:00Z.</summary>
    public const long Start = 788_918_400;

    /// <summary>2018-10-01T00:00:00Z.</summary>
    public const long End = 1_538_352_000;

    private const double SessionBreakProbability = 0.1;
    private const double MeanSecondsWithinSession = 60;
    private const double MeanSecondsBetweenSessions = 30 * 24 * 3600;

    /// <summary>Returns <paramref name="count"/> strictly increasing Unix times in seconds.</summary>
    public static long[] UserTimestamps(int count, ref SeededRandom random)
    {
        var offsets = new long[count];
        double elapsed = 0;
        for (int i = 1; i < count; i++)
        {
            double mean = random.NextDouble() < SessionBreakProbability
                ? MeanSecondsBetweenSessions
                : MeanSecondsWithinSession;
            elapsed += 1 + random.NextExponential(mean);
            offsets[i] = (long)elapsed;
        }

        // A history longer than the whole span is squeezed into it; each step keeps at least one second.
        long span = End - Start;
        long duration = offsets[^1];
        if (duration > span)
        {
            double squeeze = (double)(span - count) / duration;
            for (int i = 1; i < count; i++)
            {
                offsets[i] = (long)(offsets[i] * squeeze) + i;
            }

            duration = offsets[^1];
        }

        long first = Start + (long)(random.NextDouble() * (span - duration));
        var timestamps = new long[count];
        for (int i = 0; i < count; i++)
        {
            timestamps[i] = first + offsets[i];
        }

        return timestamps;
    }
}
