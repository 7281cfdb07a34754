namespace MovieRecs.Cli.Reporting;

/// <summary>What `movierecs report` builds: the output folder, the models and the heatmap movie.</summary>
/// <param name="OutputDirectory">The folder that receives index.html, report.md and charts/.</param>
/// <param name="Models">The models to evaluate, in table order.</param>
/// <param name="K">The list length of the @k metrics.</param>
/// <param name="MovieId">
/// The movie of the similarity heatmap; <see langword="null"/> picks the most rated movie.
/// </param>
internal sealed record ReportOptions(string OutputDirectory, IReadOnlyList<string> Models, int K, int? MovieId)
{
    /// <summary>
    /// The models a report evaluates when none is named: the fallbacks the cold-start section
    /// compares with (popularity, content), both kNN families, both factorizations and the hybrid.
    /// item-knn-baseline and blend are left out because they took the longest to evaluate, about a
    /// minute per split each on 2 cores.
    /// </summary>
    public static IReadOnlyList<string> DefaultModels { get; } =
        ["popularity", "content", "user-knn", "item-knn", "biased-mf", "wals", "hybrid"];
}
