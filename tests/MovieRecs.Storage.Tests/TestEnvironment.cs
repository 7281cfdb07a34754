namespace MovieRecs.Storage.Tests;

/// <summary>The servers and data the tests find through environment variables.</summary>
internal static class TestEnvironment
{
    /// <summary>An Npgsql connection string to a database the tests may create databases from.</summary>
    public const string PostgresVariable = "MOVIERECS_POSTGRES";

    /// <summary>The ml-latest-small folder.</summary>
    public const string DataVariable = "MOVIERECS_DATA";

    public static string? PostgresConnectionString => Value(PostgresVariable);

    public static string? DataDirectory => Value(DataVariable);

    private static string? Value(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}

/// <summary>A fact that runs only when MOVIERECS_POSTGRES names a PostgreSQL server.</summary>
public sealed class RequiresPostgresFactAttribute : FactAttribute
{
    public RequiresPostgresFactAttribute()
    {
        if (TestEnvironment.PostgresConnectionString is null)
        {
            Skip = $"Set {TestEnvironment.PostgresVariable} to an Npgsql connection string to run this test.";
        }
    }
}

/// <summary>A fact that runs only when MOVIERECS_DATA names an ml-latest-small folder.</summary>
public sealed class RequiresDataFactAttribute : FactAttribute
{
    public RequiresDataFactAttribute()
    {
        if (TestEnvironment.DataDirectory is null)
        {
            Skip = $"Set {TestEnvironment.DataVariable} to an ml-latest-small folder to run this test.";
        }
    }
}

/// <summary>A fact that runs only when both MOVIERECS_POSTGRES and MOVIERECS_DATA are set.</summary>
public sealed class RequiresPostgresAndDataFactAttribute : FactAttribute
{
    public RequiresPostgresAndDataFactAttribute()
    {
        if (TestEnvironment.PostgresConnectionString is null || TestEnvironment.DataDirectory is null)
        {
            Skip = $"Set {TestEnvironment.PostgresVariable} and {TestEnvironment.DataVariable} to run this test.";
        }
    }
}
