using HdrHistogram;

namespace MovieRecs.Cli.Load;

/// <summary>
/// Request latencies in an HdrHistogram with microsecond units and 3 significant digits, so a
/// latency up to 2,047 µs is kept exactly and a larger one to within 0.1%. Safe to record from
/// several threads.
/// </summary>
internal sealed class LatencyHistogram
{
    /// <summary>The largest latency the histogram tells apart; longer ones are recorded as this.</summary>
    public static readonly TimeSpan MaxLatency = TimeSpan.FromMinutes(1);

    private const int SignificantDigits = 3;

    private readonly LongHistogram _histogram = new((long)MaxLatency.TotalMicroseconds, SignificantDigits);
    private readonly Lock _lock = new();

    /// <summary>The number of latencies recorded.</summary>
    public long Count
    {
        get
        {
            lock (_lock)
            {
                return _histogram.TotalCount;
            }
        }
    }

    /// <summary>Records one latency, rounded down to whole microseconds and capped at <see cref="MaxLatency"/>.</summary>
    public void Record(TimeSpan latency)
    {
        long microseconds = Math.Clamp((long)latency.TotalMicroseconds, 0, (long)MaxLatency.TotalMicroseconds);
        lock (_lock)
        {
            _histogram.RecordValue(microseconds);
        }
    }

    /// <summary>
    /// Returns the percentiles in milliseconds, or null when nothing was recorded. A percentile p
    /// is the smallest recorded value with at least round(p / 100 × count) values at or below it
    /// (HdrHistogram's rule), reported as the top of its bucket.
    /// </summary>
    public LatencySummary? Summarize()
    {
        lock (_lock)
        {
            if (_histogram.TotalCount == 0)
            {
                return null;
            }

            return new LatencySummary(
                ToMilliseconds(_histogram.GetValueAtPercentile(50)),
                ToMilliseconds(_histogram.GetValueAtPercentile(95)),
                ToMilliseconds(_histogram.GetValueAtPercentile(99)),
                ToMilliseconds(_histogram.GetValueAtPercentile(99.9)),
                ToMilliseconds(_histogram.GetMaxValue()),
                _histogram.GetMean() / 1000.0);
        }
    }

    private static double ToMilliseconds(long microseconds) => microseconds / 1000.0;
}

/// <summary>Latency percentiles, the maximum and the mean of one scenario, in milliseconds.</summary>
internal sealed record LatencySummary(double P50, double P95, double P99, double P999, double Max, double Mean);
