namespace MovieRecs.Algorithms.Recommenders;

/// <summary>The top-N scores of the blend: both members' scores standardized over the candidates.</summary>
public sealed partial class HybridRecommender
{
    private RankingScales ComputeScales(UserProfile user)
    {
        int count = Data.Ratings.Items.Count;
        Dictionary<int, double> collaborative = _collaborative!.Recommend(user, count)
            .ToDictionary(movie => IndexOf(movie.MovieId), movie => movie.Score);
        Dictionary<int, double> content = _content!.Recommend(user, count)
            .ToDictionary(movie => IndexOf(movie.MovieId), movie => movie.Score);
        var scales = new RankingScales(
            Standardizer.Fit(collaborative.Values),
            Standardizer.Fit(content.Values),
            collaborative,
            content,
            []);

        foreach (int item in collaborative.Keys.Union(content.Keys))
        {
            if (Weigh(scales, item) is { } parts)
            {
                scales.Scores[item] = parts.Offset
                    + (parts.CollaborativeFactor * collaborative.GetValueOrDefault(item))
                    + (parts.ContentFactor * content.GetValueOrDefault(item));
            }
        }

        return scales;
    }

    /// <summary>
    /// Writes an item's top-N score as offset + a s_c + b s_t, from the members' raw scores s_c and
    /// s_t; a factor is 0 for a member that is not used, and every factor is 0 for a member whose
    /// scores do not vary.
    /// </summary>
    private ScoreParts? Weigh(RankingScales scales, int item)
    {
        bool hasCollaborative = scales.Collaborative.ContainsKey(item);
        bool hasContent = scales.Content.ContainsKey(item);
        bool rare = Data.Ratings.ItemRatingCount(item) < _options.MinMovieRatings;
        double weight = _options.CollaborativeWeight;
        if (hasCollaborative && hasContent && !rare)
        {
            return new ScoreParts(
                HybridMode.Blend,
                -((weight * scales.CollaborativeScale.Shift) + ((1 - weight) * scales.ContentScale.Shift)),
                weight * scales.CollaborativeScale.Factor,
                (1 - weight) * scales.ContentScale.Factor);
        }

        if (hasContent)
        {
            return new ScoreParts(
                rare ? HybridMode.ContentForRareMovie : HybridMode.Blend,
                -scales.ContentScale.Shift,
                0,
                scales.ContentScale.Factor);
        }

        return hasCollaborative
            ? new ScoreParts(HybridMode.Blend, -scales.CollaborativeScale.Shift, scales.CollaborativeScale.Factor, 0)
            : null;
    }

    /// <summary>A member's standardization z = (s - mean) / deviation, written as z = factor s - shift.</summary>
    private readonly record struct Standardizer(double Factor, double Shift)
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

    private sealed record RankingScales(
        Standardizer CollaborativeScale,
        Standardizer ContentScale,
        Dictionary<int, double> Collaborative,
        Dictionary<int, double> Content,
        Dictionary<int, double> Scores);

    private sealed record ScoreParts(HybridMode Mode, double Offset, double CollaborativeFactor, double ContentFactor);
}
