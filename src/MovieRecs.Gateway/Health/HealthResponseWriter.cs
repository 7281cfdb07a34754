using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Gateway.Health;

/// <summary>
/// Writes the health bodies: <c>{ status, description, data, similarity, checks }</c>. Data and
/// similarity come from the cluster check (the loaded data set and the state of each metric's
/// build), description from the first failing check or else the cluster check, and checks contains
/// the status and description of every check that ran.
/// </summary>
internal static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Writes the report as JSON.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        HealthReportEntry? cluster = report.Entries.TryGetValue(ClusterHealthCheck.Name, out HealthReportEntry entry)
            ? entry
            : null;
        ServiceStatus? status = cluster?.Data.GetValueOrDefault(ClusterHealthCheck.StatusKey) as ServiceStatus;

        // The first failing check explains the status best. When every check passes, the cluster
        // check's summary does.
        string? description = report.Entries.Values
            .Where(check => check.Status != HealthStatus.Healthy)
            .Select(check => check.Description)
            .FirstOrDefault() ?? cluster?.Description;
        var body = new
        {
            Status = report.Status.ToString(),
            Description = description,
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
            Checks = report.Entries.ToDictionary(
                check => check.Key,
                check => new { Status = check.Value.Status.ToString(), check.Value.Description }),
        };

        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsJsonAsync(body, JsonOptions);
    }
}
