using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Health;

/// <summary>
/// Writes the /health body: <c>{ status, description, data, similarity }</c>, where data is the
/// loaded data set and similarity the state of each metric's build.
/// </summary>
internal static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Writes the report of the cluster check as JSON.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        HealthReportEntry? cluster = report.Entries.Values.FirstOrDefault();
        ServiceStatus? status = cluster?.Data.GetValueOrDefault(ClusterHealthCheck.StatusKey) as ServiceStatus;
        var body = new
        {
            Status = report.Status.ToString(),
            Description = cluster?.Description,
            Data = status?.Data,
            Similarity = status?.Similarity.Select(job => new
            {
                Metric = SimilarityMetricNames.ToName(job.Metric),
                State = job.State.ToString(),
                job.JobVersion,
                job.ServedVersion,
                job.StartedAt,
                job.FinishedAt,
                DurationSeconds = job.Duration?.TotalSeconds,
                job.ItemCount,
                job.EntryCount,
                Silos = job.Shards.Select(shard => shard.Silo).Distinct().Order().ToArray(),
                job.Error,
            }),
        };

        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsJsonAsync(body, JsonOptions);
    }
}
