namespace MovieRecs.Algorithms.Tuning;

/// <summary>Enumerates every combination of the listed values of a search space.</summary>
public static class GridSearch
{
    /// <summary>
    /// Returns the settings in odometer order: the last dimension changes fastest and the first
    /// slowest, and each dimension's values keep their listed order. The count is the product of
    /// the list lengths; an empty space gives one empty setting, the model's defaults.
    /// </summary>
    /// <exception cref="ArgumentException">A dimension is a range instead of a value list.</exception>
    public static IReadOnlyList<IReadOnlyDictionary<string, double>> Enumerate(
        IReadOnlyList<SearchDimension> space)
    {
        ArgumentNullException.ThrowIfNull(space);

        var lists = new IReadOnlyList<double>[space.Count];
        for (int index = 0; index < space.Count; index++)
        {
            lists[index] = space[index].Domain is ParameterValues values
                ? values.Values
                : throw new ArgumentException(
                    $"Grid search needs a list of values for '{space[index].Name}', "
                    + $"not the range {space[index].Domain}.");
        }

        var settings = new List<IReadOnlyDictionary<string, double>>();
        var positions = new int[space.Count];
        while (true)
        {
            var setting = new OrderedDictionary<string, double>(StringComparer.Ordinal);
            for (int index = 0; index < space.Count; index++)
            {
                setting.Add(space[index].Name, lists[index][positions[index]]);
            }

            settings.Add(setting);
            if (!Advance(positions, lists))
            {
                return settings;
            }
        }
    }

    private static bool Advance(int[] positions, IReadOnlyList<double>[] lists)
    {
        for (int index = positions.Length - 1; index >= 0; index--)
        {
            positions[index]++;
            if (positions[index] < lists[index].Count)
            {
                return true;
            }

            positions[index] = 0;
        }

        return false;
    }
}
