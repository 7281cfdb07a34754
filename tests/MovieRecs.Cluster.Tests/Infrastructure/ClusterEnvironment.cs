namespace MovieRecs.Cluster.Tests.Infrastructure;

/// <summary>The servers the cluster tests need, found through environment variables.</summary>
internal static class ClusterEnvironment
{
    public const string PostgresVariable = "MOVIERECS_POSTGRES";

    public const string RedisVariable = "MOVIERECS_REDIS";

    public static string? PostgresConnectionString => Value(PostgresVariable);

    public static string? RedisConnectionString => Value(RedisVariable);

    private static string? Value(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}

/// <summary>A fact that runs only when both a PostgreSQL and a Redis server are configured.</summary>
public sealed class RequiresServersFactAttribute : FactAttribute
{
    public RequiresServersFactAttribute()
    {
        if (ClusterEnvironment.PostgresConnectionString is null || ClusterEnvironment.RedisConnectionString is null)
        {
            Skip = $"Set {ClusterEnvironment.PostgresVariable} (Npgsql) and {ClusterEnvironment.RedisVariable} " +
                "(StackExchange.Redis) to run the cluster tests; .ci/run starts both servers.";
        }
    }
}
