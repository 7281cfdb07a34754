namespace MovieRecs.Grains.Tests;

/// <summary>
/// A theory that runs only when MOVIERECS_DATA is set; see <see cref="RequiresDataFactAttribute"/>.
/// </summary>
public sealed class RequiresDataTheoryAttribute : TheoryAttribute
{
    public RequiresDataTheoryAttribute()
    {
        if (!RequiresDataFactAttribute.IsDataAvailable)
        {
            Skip = $"Set {RequiresDataFactAttribute.EnvironmentVariable} to an ml-latest-small folder " +
                "to run this test.";
        }
    }
}
