namespace MovieRecs.Cli.Load;

/// <summary>The kinds of request a load run sends.</summary>
internal enum LoadScenario
{
    /// <summary>GET recommendations for one user, model and count, answered from the user grain's list cache.</summary>
    Cached,

    /// <summary>
    /// GET recommendations right after a rating POST for the same user, which clears that user's
    /// list cache, so every timed GET scores the list anew. Only the GET is timed.
    /// </summary>
    Uncached,

    /// <summary>POST a half-star rating of a real movie, cycling through the users.</summary>
    Post,
}
