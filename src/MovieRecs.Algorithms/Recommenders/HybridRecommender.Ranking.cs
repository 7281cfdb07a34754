using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>The top-N scores of the blend: both members' scores standardized over the candidates.</summary>
public sealed partial class HybridRecommender
{
    /// <summary>
    /// Blends two members' top-N scores of one user, each standardized over the items it scores:
    /// w z_c + (1 - w) z_t, z_t alone for a rare movie, and the one z a member has where the other
    /// has none.
    /// </summary>
    internal static RankingScales BlendScores(
        Dictionary<int, double> collaborative,
        Dictionary<int, double> content,
        RatingMatrix ratings,
        int minMovieRatings,
        double weight)
    {
        var scales = new RankingScales(
            Standardizer.Fit(collaborative.Values),
            Standardizer.Fit(content.Values),
            collaborative,
            content,
            []);
        foreach (int item in collaborative.Keys)
        {
            AddScore(scales, item, ratings.ItemRatingCount(item) < minMovieRatings, weight);
        }

        foreach (int item in content.Keys)
        {
            if (!collaborative.ContainsKey(item))
            {
                AddScore(scales, item, ratings.ItemRatingCount(item) < minMovieRatings, weight);
            }
        }

        return scales;
    }

    private static void AddScore(RankingScales scales, int item, bool rare, double weight)
    {
        if (Weigh(scales, item, rare, weight) is { } parts)
        {
            scales.Scores[item] = parts.Offset
                + (parts.CollaborativeFactor * scales.Collaborative.GetValueOrDefault(item))
                + (parts.ContentFactor * scales.Content.GetValueOrDefault(item));
        }
    }

    /// <summary>Returns a member's top-N scores of every movie it scores for a user, by item index.</summary>
    internal static Dictionary<int, double> ScoresOf(IRecommender member, UserProfile user, RatingMatrix ratings) =>
        member.Recommend(user, ratings.Items.Count).ToDictionary(
            movie => ratings.Items.TryGetIndex(movie.MovieId, out int index) ? index : -1,
            movie => movie.Score);

    /// <summary>
    /// Writes an item's top-N score as offset + a s_c + b s_t, from the members' raw scores s_c and
    /// s_t. A member that is not used, or whose scores do not vary, gets a factor of 0.
    /// </summary>
    private static ScoreParts? Weigh(RankingScales scales, int item, bool rare, double weight)
    {
        bool hasCollaborative = scales.Collaborative.ContainsKey(item);
        bool hasContent = scales.Content.ContainsKey(item);
        if (hasCollaborative && hasContent && !rare)
        {
            return new ScoreParts(
                HybridMode.Blend,
                -((weight * scales.CollaborativeScale.Shift) + ((1 - weight) * scales.ContentScale.Shift)),
                weight * scales.CollaborativeScale.Factor,
                (1 - weight) * scales.ContentScale.Factor);
        }

        // A movie without a collaborative score ranks as if that member had scored its mean (z_c = 0):
        // (1 - w) z_t. With the full z_t, its spread would exceed the blend's, and movies with one
        // training rating would fill the top of many lists.
        if (hasContent)
        {
            return new ScoreParts(
                rare ? HybridMode.ContentForRareMovie : HybridMode.Blend,
                -(1 - weight) * scales.ContentScale.Shift,
                0,
                (1 - weight) * scales.ContentScale.Factor);
        }

        return hasCollaborative
            ? new ScoreParts(HybridMode.Blend, -scales.CollaborativeScale.Shift, scales.CollaborativeScale.Factor, 0)
            : null;
    }

    private RankingScales ComputeScales(UserProfile user) => BlendScores(
        ScoresOf(_collaborative!, user, Data.Ratings),
        ScoresOf(_content!, user, Data.Ratings),
        Data.Ratings,
        _options.MinMovieRatings,
        _options.RankingCollaborativeWeight);

    private ScoreParts? Weigh(RankingScales scales, int item) => Weigh(
        scales,
        item,
        Data.Ratings.ItemRatingCount(item) < _options.MinMovieRatings,
        _options.RankingCollaborativeWeight);

    /// <summary>A member's standardization z = (s - mean) / deviation, written as z = factor s - shift.</summary>
    internal readonly record struct Standardizer(double Factor, double Shift)
    {
        public static Standardizer Fit(IEnumerable<double> scores)
        {
            double[] values = scores.ToArray();
            if (values.Length == 0)
            {
                return new Standardizer(0, 0);
            }

            double mean = values.Average();
            double deviation = Math.Sqrt(values.Sum(value => (value - mean) * (value - mean)) / values.Length);

            // Scores that do not vary carry no ranking information: every z is 0, not NaN.
            return deviation <= 1e-12 ? new Standardizer(0, 0) : new Standardizer(1 / deviation, mean / deviation);
        }
    }

    /// <summary>One user's member scores, their standardizations and the blended scores, by item index.</summary>
    internal sealed record RankingScales(
        Standardizer CollaborativeScale,
        Standardizer ContentScale,
        Dictionary<int, double> Collaborative,
        Dictionary<int, double> Content,
        Dictionary<int, double> Scores);

    private readonly record struct ScoreParts(HybridMode Mode, double Offset, double CollaborativeFactor, double ContentFactor);
}
