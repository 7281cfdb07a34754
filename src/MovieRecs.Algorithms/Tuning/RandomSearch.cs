namespace MovieRecs.Algorithms.Tuning;

/// <summary>Draws independent settings from a search space with a seeded generator.</summary>
public static class RandomSearch
{
    /// <summary>
    /// Returns <paramref name="trials"/> settings. Each draws the dimensions in order: a value list
    /// gives one of its values with equal chance, a range a value as <see cref="ParameterRange"/>
    /// describes. The same space, count and seed give the same settings on every run of the same
    /// .NET runtime; repeats are possible and kept.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The trial count is not positive.</exception>
    public static IReadOnlyList<IReadOnlyDictionary<string, double>> Sample(
        IReadOnlyList<SearchDimension> space,
        int trials,
        int seed)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);

        // A seeded Random uses .NET's seed-compatible generator, so the draws repeat across runs.
        var random = new Random(seed);
        var settings = new List<IReadOnlyDictionary<string, double>>(trials);
        for (int trial = 0; trial < trials; trial++)
        {
            var setting = new OrderedDictionary<string, double>(StringComparer.Ordinal);
            foreach (SearchDimension dimension in space)
            {
                setting.Add(dimension.Name, dimension.Domain.Sample(random, dimension.Kind));
            }

            settings.Add(setting);
        }

        return settings;
    }
}
