namespace MovieRecs.Algorithms.Sparse;

/// <summary>
/// A bijection between external ids (MovieLens user or movie ids) and dense matrix indices
/// 0..Count-1, with indices assigned in ascending id order so that every build is identical.
/// </summary>
public sealed class IdIndexMap
{
    private readonly int[] _ids;
    private readonly Dictionary<int, int> _indexById;

    /// <summary>Creates a map over the distinct ids given; duplicates are merged.</summary>
    public IdIndexMap(IEnumerable<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);

        _ids = ids.Distinct().Order().ToArray();
        _indexById = new Dictionary<int, int>(_ids.Length);
        for (int index = 0; index < _ids.Length; index++)
        {
            _indexById.Add(_ids[index], index);
        }
    }

    /// <summary>The number of ids.</summary>
    public int Count => _ids.Length;

    /// <summary>The ids in index order (ascending).</summary>
    public IReadOnlyList<int> Ids => _ids;

    /// <summary>Returns the id stored at a matrix index.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside 0..Count-1.</exception>
    public int GetId(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _ids.Length);
        return _ids[index];
    }

    /// <summary>Looks up the matrix index of an id.</summary>
    public bool TryGetIndex(int id, out int index) => _indexById.TryGetValue(id, out index);

    /// <summary>Returns whether the id has an index.</summary>
    public bool Contains(int id) => _indexById.ContainsKey(id);
}
