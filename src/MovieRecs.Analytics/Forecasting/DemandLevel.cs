namespace MovieRecs.Analytics.Forecasting;

/// <summary>The grouping of purchases into weekly demand series.</summary>
public enum DemandLevel
{
    /// <summary>One series with every purchase.</summary>
    Aggregate,

    /// <summary>
    /// One series per product category (a movie's genre). A purchase of a product with several
    /// categories counts in each of them.
    /// </summary>
    Category,

    /// <summary>One series per product.</summary>
    Product,
}
