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

    /// <summary>
    /// GET the similar movies of one popular movie, so every request goes to the same item grain.
    /// </summary>
    HotItem,

    /// <summary>
    /// GET the similar movies of the popular movies in turn, spread over their item grains: the
    /// baseline <see cref="HotItem"/> is compared with in the same run.
    /// </summary>
    SpreadItems,
}

/// <summary>The names of the load scenarios on the command line and in the report.</summary>
internal static class LoadScenarioNames
{
    /// <summary>Returns the name of a scenario, such as "hot-item".</summary>
    public static string Of(LoadScenario scenario) => scenario switch
    {
        LoadScenario.Cached => "cached",
        LoadScenario.Uncached => "uncached",
        LoadScenario.Post => "post",
        LoadScenario.HotItem => "hot-item",
        LoadScenario.SpreadItems => "spread-items",
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Unknown load scenario."),
    };
}
