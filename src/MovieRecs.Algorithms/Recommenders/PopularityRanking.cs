namespace MovieRecs.Algorithms.Recommenders;

/// <summary>How the popularity baseline ranks movies.</summary>
public enum PopularityRanking
{
    /// <summary>By the number of ratings, most rated first.</summary>
    MostRated,

    /// <summary>By the Bayesian average rating, best first.</summary>
    BayesianAverage,
}
