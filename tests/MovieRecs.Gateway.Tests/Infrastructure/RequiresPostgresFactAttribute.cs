namespace MovieRecs.Gateway.Tests.Infrastructure;

/// <summary>A fact that runs only when MOVIERECS_POSTGRES names a PostgreSQL server; .ci/run starts one.</summary>
public sealed class RequiresPostgresFactAttribute : FactAttribute
{
    public const string Variable = "MOVIERECS_POSTGRES";

    public RequiresPostgresFactAttribute()
    {
        if (ConnectionString is null)
        {
            Skip = $"Set {Variable} to an Npgsql connection string to run this test; .ci/run starts a server.";
        }
    }

    /// <summary>The server's connection string, or null when none is configured.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
