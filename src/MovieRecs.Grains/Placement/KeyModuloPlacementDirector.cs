using Orleans.Runtime.Placement;

namespace MovieRecs.Grains.Placement;

/// <summary>
/// Chooses the silo of a <see cref="KeyModuloPlacement"/> grain from its integer key.
/// </summary>
public sealed class KeyModuloPlacementDirector : IPlacementDirector
{
    /// <inheritdoc />
    public Task<SiloAddress> OnAddActivation(
        PlacementStrategy strategy,
        PlacementTarget target,
        IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        SiloAddress[] silos = context.GetCompatibleSilos(target).Order().ToArray();
        if (silos.Length == 0)
        {
            throw new OrleansException($"No compatible silo can host grain {target.GrainIdentity}.");
        }

        // The unsigned view keeps a negative key in range instead of overflowing Math.Abs.
        ulong key = unchecked((ulong)target.GrainIdentity.GetIntegerKey());
        return Task.FromResult(silos[(int)(key % (ulong)silos.Length)]);
    }
}
