using MovieRecs.Cli.Load;

namespace MovieRecs.Cli.Tests;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Summarize_OneToThousandMicroseconds_NearestRank()
    {
        var histogram = new LatencyHistogram();
        for (int microseconds = 1; microseconds <= 1000; microseconds++)
        {
            histogram.Record(TimeSpan.FromMicroseconds(microseconds));
        }

        LatencySummary summary = histogram.Summarize()!;

        // Below 2,048 µs every value has a bucket of its own, so the percentiles are exact:
        // p is the value with round(p / 100 * 1000) values at or below it.
        Assert.Equal(1000, histogram.Count);
        Assert.Equal(0.500, summary.P50, 6);
        Assert.Equal(0.950, summary.P95, 6);
        Assert.Equal(0.990, summary.P99, 6);
        Assert.Equal(0.999, summary.P999, 6);
        Assert.Equal(1.000, summary.Max, 6);
        Assert.Equal(0.5005, summary.Mean, 6);
    }

    [Fact]
    public void Summarize_OneSlowRequestInTen_ShowsFromP95()
    {
        var histogram = new LatencyHistogram();
        for (int request = 0; request < 9; request++)
        {
            histogram.Record(TimeSpan.FromMicroseconds(100));
        }

        histogram.Record(TimeSpan.FromMicroseconds(2000));

        LatencySummary summary = histogram.Summarize()!;

        // p50: round(5) = 5 values needed, the 5th is 100 µs. p95: round(9.5) = 10, the slow one.
        Assert.Equal(0.1, summary.P50, 6);
        Assert.Equal(2.0, summary.P95, 6);
        Assert.Equal(2.0, summary.P99, 6);
        Assert.Equal(2.0, summary.Max, 6);
        // (9 * 100 + 2000) / 10 = 290 µs.
        Assert.Equal(0.29, summary.Mean, 6);
    }

    [Fact]
    public void Summarize_LongLatency_WithinOneThousandth()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(TimeSpan.FromMilliseconds(123.456));

        LatencySummary summary = histogram.Summarize()!;

        Assert.InRange(summary.P50, 123.456, 123.456 * 1.001);
        Assert.InRange(summary.Max, 123.456, 123.456 * 1.001);
    }

    [Fact]
    public void Record_OverMaximum_IsCapped()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(TimeSpan.FromHours(1));

        LatencySummary summary = histogram.Summarize()!;

        Assert.InRange(summary.Max, LatencyHistogram.MaxLatency.TotalMilliseconds, LatencyHistogram.MaxLatency.TotalMilliseconds * 1.001);
    }

    [Fact]
    public void Summarize_Empty_ReturnsNull()
    {
        Assert.Null(new LatencyHistogram().Summarize());
    }
}
