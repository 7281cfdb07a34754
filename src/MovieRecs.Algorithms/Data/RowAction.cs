namespace MovieRecs.Algorithms.Data;

/// <summary>What the loader did with a row that had a problem.</summary>
public enum RowAction
{
    /// <summary>The row was left out of the data set.</summary>
    Skipped,

    /// <summary>The row was kept after a stated correction.</summary>
    Fixed,
}
