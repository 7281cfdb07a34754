using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Cli.Commands;

/// <summary>The key numbers of a loaded data set and its validation report, as `inspect` prints and writes them.</summary>
internal sealed record DatasetSummary(
    string Directory,
    int Ratings,
    int Users,
    int Movies,
    int Tags,
    int Links,
    int GenreLabels,
    IReadOnlyList<string> Genres,
    double MeanRating,
    double Sparsity,
    DateTimeOffset? FirstRating,
    DateTimeOffset? LastRating,
    IReadOnlyList<FileLoadReport> Files,
    int IssueCount,
    IReadOnlyList<LoadIssue> Issues)
{
    /// <summary>Computes the summary of a data set.</summary>
    public static DatasetSummary From(MovieLensDataset dataset)
    {
        var matrix = RatingMatrix.Build(dataset.Ratings, dataset.Movies.Select(movie => movie.MovieId));
        bool any = dataset.Ratings.Count > 0;
        return new DatasetSummary(
            dataset.Report.Directory,
            dataset.Ratings.Count,
            dataset.UserCount,
            dataset.Movies.Count,
            dataset.Tags.Count,
            dataset.Links.Count,
            dataset.Genres.Count,
            dataset.Genres,
            matrix.GlobalMean,
            matrix.Sparsity,
            any ? DateTimeOffset.FromUnixTimeSeconds(dataset.Ratings.Min(rating => rating.Timestamp)) : null,
            any ? DateTimeOffset.FromUnixTimeSeconds(dataset.Ratings.Max(rating => rating.Timestamp)) : null,
            dataset.Report.Files,
            dataset.Report.Issues.Count,
            dataset.Report.Issues);
    }
}
