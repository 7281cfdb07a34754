namespace MovieRecs.Grains;

/// <summary>The names of the grain storage providers the grains persist their state in.</summary>
public static class GrainStorage
{
    /// <summary>The provider of user ratings, item neighbor lists and job status.</summary>
    public const string Name = "movierecs";
}
