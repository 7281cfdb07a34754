using Orleans.Placement;

namespace MovieRecs.Grains.Placement;

/// <summary>Marks a grain class for <see cref="KeyModuloPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class KeyModuloPlacementAttribute() : PlacementAttribute(KeyModuloPlacement.Instance);
