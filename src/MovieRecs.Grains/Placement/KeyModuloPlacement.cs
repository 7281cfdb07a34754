namespace MovieRecs.Grains.Placement;

/// <summary>
/// The placement strategy that puts an integer-keyed grain with key k on silo k mod N of the N
/// compatible silos ordered by address, so worker slots 0..N-1 cover every silo.
/// </summary>
/// <remarks>
/// The choice is made once, when the grain activates: an activation stays where it is when silos
/// join or leave, and a slot activated while the cluster had one silo keeps running there.
/// </remarks>
[GenerateSerializer]
[Immutable]
[Alias("MovieRecs.KeyModuloPlacement")]
public sealed class KeyModuloPlacement : PlacementStrategy
{
    /// <summary>The shared instance.</summary>
    public static KeyModuloPlacement Instance { get; } = new();
}
