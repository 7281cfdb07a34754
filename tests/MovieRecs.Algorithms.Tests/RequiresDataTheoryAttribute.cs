namespace MovieRecs.Algorithms.Tests;

/// <summary>A theory that runs only when MOVIERECS_DATA names a MovieLens ml-latest-small folder.</summary>
public sealed class RequiresDataTheoryAttribute : TheoryAttribute
{
    public RequiresDataTheoryAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(RequiresDataFactAttribute.EnvironmentVariable)))
        {
            Skip = $"Set {RequiresDataFactAttribute.EnvironmentVariable} to an ml-latest-small folder to run this test.";
        }
    }
}
