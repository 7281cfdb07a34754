namespace MovieRecs.Algorithms.Similarity;

/// <summary>A neighbor of a user or an item: its matrix index and its similarity in [-1, 1].</summary>
/// <param name="Index">The neighbor's matrix index.</param>
/// <param name="Similarity">The similarity to the row the neighbor belongs to.</param>
public readonly record struct Neighbor(int Index, double Similarity)
{
    /// <summary>
    /// Orders neighbors by similarity descending, then index ascending: the tie-break every
    /// neighbor list in MovieRecs uses, so equal similarities rank the same on every run.
    /// </summary>
    public static Comparison<Neighbor> StrongestFirst { get; } = static (left, right) =>
    {
        int bySimilarity = right.Similarity.CompareTo(left.Similarity);
        return bySimilarity != 0 ? bySimilarity : left.Index.CompareTo(right.Index);
    };
}
