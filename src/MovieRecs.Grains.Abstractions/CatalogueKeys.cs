namespace MovieRecs.Grains.Abstractions;

/// <summary>The grain keys of the stateless catalogue and cold-start grains.</summary>
public static class CatalogueKeys
{
    /// <summary>The key callers use; every key reads the same catalogue.</summary>
    public const long Default = 0;
}
