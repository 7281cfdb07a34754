using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Exploration;
using MovieRecs.Cli.Commands;

namespace MovieRecs.Cli.Reporting;

/// <summary>Everything a report shows, computed on one run.</summary>
/// <param name="Summary">The data summary and the loader's validation report.</param>
/// <param name="Profile">The data profile behind the data charts.</param>
/// <param name="Temporal">The temporal holdout the models are compared on.</param>
/// <param name="Evaluations">Each model's scores on the temporal holdout, in the requested order.</param>
/// <param name="NewUsers">The new-user holdout of the cold-start section.</param>
/// <param name="NewUserEvaluations">Each model's scores on the new-user holdout.</param>
/// <param name="NewUserEveryNth">Every n-th user is a simulated new user.</param>
/// <param name="NewUserKeptRatings">The ratings a simulated new user keeps in training.</param>
/// <param name="Coverage">The neighbor counts of the item-knn graph on the temporal training part.</param>
/// <param name="MedianRatingsPerUser">The median number of ratings per user.</param>
/// <param name="MedianRatingsPerMovie">The median number of ratings per rated movie.</param>
/// <param name="MovieSimilarity">The similarity of the heatmap movie and its strongest neighbors.</param>
/// <param name="PopularSimilarity">The similarity of the most rated movies.</param>
/// <param name="Charts">The charts written, in report order.</param>
internal sealed record ReportData(
    DatasetSummary Summary,
    DatasetProfile Profile,
    TrainTestSplit Temporal,
    IReadOnlyList<ModelEvaluation> Evaluations,
    TrainTestSplit NewUsers,
    IReadOnlyList<ModelEvaluation> NewUserEvaluations,
    int NewUserEveryNth,
    int NewUserKeptRatings,
    NeighborCoverage Coverage,
    double MedianRatingsPerUser,
    double MedianRatingsPerMovie,
    MovieSimilarityMatrix MovieSimilarity,
    MovieSimilarityMatrix PopularSimilarity,
    IReadOnlyList<ReportChart> Charts);
