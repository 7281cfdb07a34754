namespace MovieRecs.Algorithms.Data;

/// <summary>The MovieLens file layouts that <see cref="MovieLensLoader"/> reads.</summary>
public enum MovieLensFormat
{
    /// <summary>
    /// The "latest" layout of ml-latest-small and ml-25m: movies.csv and ratings.csv, with the optional
    /// tags.csv and links.csv.
    /// </summary>
    Latest,

    /// <summary>
    /// The 1998 layout of MovieLens 100K: tab-separated u.data, pipe-separated Latin-1 u.item with 19
    /// genre flags, and u.user with age, gender, occupation and zip code.
    /// </summary>
    Ml100K,
}
