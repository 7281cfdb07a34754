using System.Globalization;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Explanations;

/// <summary>
/// Turns a model's explanation of a score into the one-line reason the dashboard shows: the
/// strongest contribution that pushes the movie up, preferring evidence about the user (a rated
/// movie, a similar user, a genre, a tag, a decade) to the movie's popularity or a bias term.
/// </summary>
internal static class ReasonSelector
{
    /// <summary>The rating at or above which a rated movie counts as rated highly.</summary>
    public const double HighRating = 4.0;

    /// <summary>
    /// Returns the reason of an explanation whose contributions are ordered strongest first, or
    /// <see langword="null"/> when there is no explanation or no contribution pushes the score up.
    /// </summary>
    public static RecommendationReason? Select(Explanation? explanation, UserProfile profile)
    {
        if (explanation is null)
        {
            return null;
        }

        Contribution? chosen =
            explanation.Contributions.FirstOrDefault(entry => entry.Weight > 0 && IsAboutUser(entry.Kind))
            ?? explanation.Contributions.FirstOrDefault(
                entry => entry.Weight > 0 && entry.Kind == ContributionKind.Popularity)
            ?? explanation.Contributions.FirstOrDefault(
                entry => entry.Weight > 0 && entry.Kind != ContributionKind.Clamp);
        return chosen is null ? null : Describe(chosen, profile);
    }

    /// <summary>Returns the name of a contribution kind in the API: "rated-movie", "genre" and so on.</summary>
    public static string KindName(ContributionKind kind) => kind switch
    {
        ContributionKind.Bias => "bias",
        ContributionKind.RatedMovie => "rated-movie",
        ContributionKind.SimilarUser => "similar-user",
        ContributionKind.Genre => "genre",
        ContributionKind.Tag => "tag",
        ContributionKind.ReleaseYear => "release-year",
        ContributionKind.Popularity => "popularity",
        ContributionKind.Model => "model",
        _ => "clamp",
    };

    private static bool IsAboutUser(ContributionKind kind) => kind is ContributionKind.RatedMovie
        or ContributionKind.SimilarUser
        or ContributionKind.Genre
        or ContributionKind.Tag
        or ContributionKind.ReleaseYear;

    private static RecommendationReason Describe(Contribution contribution, UserProfile profile)
    {
        string text = contribution.Kind switch
        {
            ContributionKind.RatedMovie => DescribeRatedMovie(contribution, profile),
            ContributionKind.SimilarUser => $"because {contribution.Label}, who rates like you, rated it above their mean",
            ContributionKind.Genre => $"matches your liking for {contribution.Label}",
            ContributionKind.Tag => $"{contribution.Label}, like movies you liked",
            ContributionKind.ReleaseYear => $"from the {contribution.Label}, like movies you liked",
            ContributionKind.Popularity => DescribePopularity(contribution),
            ContributionKind.Model => contribution.Label,
            _ => $"{contribution.Label}: {Format(contribution.Weight, "+0.00")}",
        };
        return new RecommendationReason(
            KindName(contribution.Kind),
            text,
            contribution.Weight,
            contribution.MovieId,
            contribution.UserId);
    }

    private static string DescribeRatedMovie(Contribution contribution, UserProfile profile)
    {
        if (contribution.MovieId is not int movieId || !profile.Ratings.TryGetValue(movieId, out double rating))
        {
            return $"because of {contribution.Label}";
        }

        string value = Format(rating, "0.0");
        return rating >= HighRating
            ? $"because you rated {contribution.Label} highly ({value})"
            : $"because you rated {contribution.Label} {value}";
    }

    /// <summary>
    /// Describes a popularity term: the popularity model's rating count, top-rated's own ratings,
    /// or the movie mean an item-knn score centres on.
    /// </summary>
    private static string DescribePopularity(Contribution contribution) => contribution.Label switch
    {
        ContributionLabels.RatingCount => $"popular: rated by {Format(contribution.Weight, "0")} users",
        ContributionLabels.MovieMean => $"well rated: a mean rating of {Format(contribution.Weight, "0.00")}",
        _ => $"highly rated: {contribution.Label}",
    };

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
