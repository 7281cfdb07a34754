using System.Diagnostics;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Telemetry;

/// <summary>
/// The <see cref="MovieRecsTelemetry.Name"/> activity source. The coordinator's jobs run in the
/// background after the grain call that started them has returned, so they get spans of their own.
/// </summary>
public static class MovieRecsActivities
{
    /// <summary>
    /// The source. It creates activities only while a listener, such as a tracer provider, samples
    /// them.
    /// </summary>
    public static ActivitySource Source { get; } = new(MovieRecsTelemetry.Name);
}
