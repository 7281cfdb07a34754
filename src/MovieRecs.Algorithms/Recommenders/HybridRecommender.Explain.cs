using System.Globalization;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// The explanations of the hybrid: the active switch as a <see cref="ContributionKind.Model"/>
/// contribution, plus the members' contributions scaled by the factor each member's score has in
/// the hybrid's score.
/// </summary>
/// <remarks>
/// The switch contribution is always listed and takes one of the places. Its weight is the
/// centring offset of the standardized blend, and 0 where one member's raw score is used. So
/// when every contribution is listed, the weights add up to the score.
/// </remarks>
public sealed partial class HybridRecommender
{
    /// <inheritdoc />
    protected override Explanation? ExplainCore(UserProfile user, int itemIndex, int maxContributions)
    {
        int movieId = Data.Ratings.Items.GetId(itemIndex);
        int known = KnownRatings(user);
        if (known == 0)
        {
            return ExplainPopularity(itemIndex, "hybrid: popularity, the user has no ratings", maxContributions);
        }

        if (known < _options.MinUserRatings)
        {
            if (_content!.Recommend(user, 1).Count == 0)
            {
                return ExplainPopularity(itemIndex, "hybrid: popularity, content cannot score the user", maxContributions);
            }

            string label = string.Create(
                CultureInfo.InvariantCulture,
                $"hybrid: content, the user has {known} of {_options.MinUserRatings} ratings");
            return _content.Explain(user, movieId, int.MaxValue) is { } content
                ? Combine(
                    new Explanation(movieId, content.Score, []),
                    new Contribution(ContributionKind.Model, label, 0),
                    content.Contributions,
                    [],
                    1,
                    0,
                    maxContributions)
                : null;
        }

        RankingScales scales = ComputeScales(user);
        if (Weigh(scales, itemIndex) is not { } parts)
        {
            return null;
        }

        IReadOnlyList<Contribution> collaborative = parts.CollaborativeFactor == 0
            ? []
            : _collaborative!.Explain(user, movieId, int.MaxValue)?.Contributions ?? [];
        IReadOnlyList<Contribution> fromContent = parts.ContentFactor == 0
            ? []
            : _content!.Explain(user, movieId, int.MaxValue)?.Contributions ?? [];
        var switchContribution = new Contribution(ContributionKind.Model, SwitchLabel(scales, itemIndex, parts), parts.Offset);
        return Combine(
            new Explanation(movieId, scales.Scores[itemIndex], []),
            switchContribution,
            fromContent,
            collaborative,
            parts.ContentFactor,
            parts.CollaborativeFactor,
            maxContributions);
    }

    private static Contribution Scale(Contribution contribution, string member, double factor) =>
        contribution with
        {
            Label = $"{member}: {contribution.Label}",
            Weight = contribution.Weight * factor,
        };

    private Explanation Combine(
        Explanation scored,
        Contribution switchContribution,
        IReadOnlyList<Contribution> content,
        IReadOnlyList<Contribution> collaborative,
        double contentFactor,
        double collaborativeFactor,
        int maxContributions)
    {
        Contribution[] members = content
            .Select(contribution => Scale(contribution, _content!.Name, contentFactor))
            .Concat(collaborative.Select(contribution => Scale(contribution, _collaborative!.Name, collaborativeFactor)))
            .ToArray();
        Contribution[] listed = members
            .OrderByDescending(contribution => Math.Abs(contribution.Weight))
            .ThenBy(contribution => contribution.Label, StringComparer.Ordinal)
            .Take(maxContributions - 1)
            .Append(switchContribution)
            .OrderByDescending(contribution => Math.Abs(contribution.Weight))
            .ThenBy(contribution => contribution.Kind == ContributionKind.Model ? 0 : 1)
            .ThenBy(contribution => contribution.Label, StringComparer.Ordinal)
            .ToArray();
        return scored with { Contributions = listed };
    }

    private Explanation ExplainPopularity(int itemIndex, string label, int maxContributions)
    {
        int movieId = Data.Ratings.Items.GetId(itemIndex);
        int raters = Data.Ratings.ItemRatingCount(itemIndex);
        var popularity = new Contribution(
            ContributionKind.Popularity,
            string.Create(CultureInfo.InvariantCulture, $"rated by {raters} users"),
            raters,
            movieId);
        var switchContribution = new Contribution(ContributionKind.Model, label, 0);
        Contribution[] listed = maxContributions == 1 ? [switchContribution] : [popularity, switchContribution];
        return new Explanation(movieId, raters, listed);
    }

    private string SwitchLabel(RankingScales scales, int itemIndex, ScoreParts parts)
    {
        string collaborative = _collaborative!.Name;
        if (parts.Mode == HybridMode.ContentForRareMovie)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"hybrid: content, the movie has {Data.Ratings.ItemRatingCount(itemIndex)} of {_options.MinMovieRatings} ratings");
        }

        if (!scales.Content.ContainsKey(itemIndex))
        {
            return $"hybrid: {collaborative} only, content cannot score the movie";
        }

        if (!scales.Collaborative.ContainsKey(itemIndex))
        {
            return $"hybrid: content only, {collaborative} cannot score the movie";
        }

        double weight = _options.RankingCollaborativeWeight;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"hybrid: blend of standardized scores, {weight:0.00} {collaborative} + {1 - weight:0.00} content");
    }
}
