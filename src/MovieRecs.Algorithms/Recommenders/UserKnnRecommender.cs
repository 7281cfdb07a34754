using System.Globalization;
using System.Runtime.CompilerServices;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// User-user k-nearest-neighbor collaborative filtering with mean-centred predictions.
/// </summary>
/// <remarks>
/// For user u and movie i, the neighbors are the <see cref="KnnOptions.MaxNeighbors"/> training
/// users most similar to u who rated i (similarity above <see cref="KnnOptions.MinSimilarity"/>).
/// The mean-centred prediction (the default) is mean(u) + sum(s(u,v) (r(v,i) - mean(v))) /
/// sum(|s(u,v)|), as in Resnick et al., "GroupLens: an open architecture for collaborative
/// filtering of netnews" (CSCW 1994); the raw one is sum(s(u,v) r(v,i)) / sum(|s(u,v)|).
/// The user's similarities are computed from the profile at request time, so ratings posted
/// after the fit count at once; the user's own training row is left out of the neighbors.
/// An explanation lists the user's mean (when centred) and each used neighbor's share of the
/// weighted average.
/// </remarks>
public sealed class UserKnnRecommender(KnnOptions options) : RecommenderBase
{
    private readonly ConditionalWeakTable<UserProfile, double[]> _similarities = [];

    /// <inheritdoc />
    public override string Name => options.Metric == SimilarityMetric.Cosine ? "user-knn" : "user-knn-pearson";

    /// <inheritdoc />
    public override string ScoreDescription => "predicted rating from similar users";

    /// <summary>The model settings.</summary>
    public KnnOptions Options => options;

    /// <inheritdoc />
    protected override void FitCore(TrainingData data)
    {
        options.Validate();
        if (options.Metric is not (SimilarityMetric.Cosine or SimilarityMetric.Pearson)
            || options.Prediction == KnnPrediction.BaselineAdjusted)
        {
            throw new ArgumentException(
                $"User-user kNN supports cosine and Pearson with raw or mean-centred predictions; got {options.Metric} " +
                $"with {options.Prediction}.",
                nameof(data));
        }

        _similarities.Clear();
    }

    /// <inheritdoc />
    protected override double? PredictCore(UserProfile user, int itemIndex)
    {
        if (user.IsEmpty)
        {
            return null;
        }

        double[] similarities = _similarities.GetValue(user, ComputeSimilarities);
        var buffer = new List<Neighbor>();
        return Predict(user, itemIndex, similarities, buffer, out _);
    }

    /// <inheritdoc />
    protected override Explanation? ExplainCore(UserProfile user, int itemIndex, int maxContributions)
    {
        if (user.IsEmpty)
        {
            return null;
        }

        double[] similarities = _similarities.GetValue(user, ComputeSimilarities);
        var contributions = new ContributionList();
        double? prediction = Predict(user, itemIndex, similarities, [], out _, contributions);
        if (prediction is not double value)
        {
            return null;
        }

        double score = contributions.AddClamp(value);
        return contributions.ToExplanation(Data.Ratings.Items.GetId(itemIndex), score, maxContributions);
    }

    /// <inheritdoc />
    protected override IEnumerable<(int ItemIndex, double Score)> ScoreCandidates(
        UserProfile user,
        IReadOnlySet<int> ratedItems)
    {
        if (user.IsEmpty)
        {
            yield break;
        }

        double[] similarities = _similarities.GetValue(user, ComputeSimilarities);
        var buffer = new List<Neighbor>();
        for (int item = 0; item < Data.Ratings.Items.Count; item++)
        {
            if (ratedItems.Contains(item))
            {
                continue;
            }

            double? prediction = Predict(user, item, similarities, buffer, out int neighborCount);
            if (prediction is double score && neighborCount >= options.MinNeighborsToRank)
            {
                yield return (item, Math.Clamp(score, 0.5, 5.0));
            }
        }
    }

    /// <summary>
    /// Predicts from the strongest neighbors who rated the item; adds the terms of the unclamped
    /// prediction to <paramref name="explanation"/> when given.
    /// </summary>
    private double? Predict(
        UserProfile user,
        int itemIndex,
        double[] similarities,
        List<Neighbor> buffer,
        out int neighborCount,
        ContributionList? explanation = null)
    {
        RatingMatrix matrix = Data.Ratings;
        ReadOnlySpan<int> raters = matrix.ByItem.RowIndices(itemIndex);
        ReadOnlySpan<double> values = matrix.ByItem.RowValues(itemIndex);
        buffer.Clear();
        for (int position = 0; position < raters.Length; position++)
        {
            double similarity = similarities[raters[position]];
            if (similarity > options.MinSimilarity)
            {
                buffer.Add(new Neighbor(raters[position], similarity));
            }
        }

        neighborCount = Math.Min(buffer.Count, options.MaxNeighbors);
        if (neighborCount == 0)
        {
            return null;
        }

        buffer.Sort(Neighbor.StrongestFirst);
        bool centered = options.Prediction == KnnPrediction.MeanCentered;
        double weighted = 0;
        double weights = 0;
        for (int position = 0; position < neighborCount; position++)
        {
            Neighbor neighbor = buffer[position];
            double rating = values[raters.BinarySearch(neighbor.Index)];
            weighted += neighbor.Similarity * (centered ? rating - matrix.UserMean(neighbor.Index) : rating);
            weights += Math.Abs(neighbor.Similarity);
        }

        if (explanation is not null)
        {
            AddTerms(explanation, user, itemIndex, buffer, neighborCount, weights);
        }

        return (centered ? user.Mean : 0) + (weighted / weights);
    }

    /// <summary>
    /// Adds the user's mean (when centred) and each used neighbor's share s(u,v) (r(v,i) - mean(v))
    /// / sum |s|, which together add up to the unclamped prediction.
    /// </summary>
    private void AddTerms(
        ContributionList explanation,
        UserProfile user,
        int itemIndex,
        List<Neighbor> neighbors,
        int neighborCount,
        double weights)
    {
        RatingMatrix matrix = Data.Ratings;
        ReadOnlySpan<int> raters = matrix.ByItem.RowIndices(itemIndex);
        ReadOnlySpan<double> values = matrix.ByItem.RowValues(itemIndex);
        bool centered = options.Prediction == KnnPrediction.MeanCentered;
        if (centered)
        {
            explanation.Add(ContributionKind.Bias, "your mean rating", user.Mean);
        }

        for (int position = 0; position < neighborCount; position++)
        {
            Neighbor neighbor = neighbors[position];
            double rating = values[raters.BinarySearch(neighbor.Index)];
            double offset = centered ? rating - matrix.UserMean(neighbor.Index) : rating;
            int userId = matrix.Users.GetId(neighbor.Index);
            explanation.Add(
                ContributionKind.SimilarUser,
                string.Create(CultureInfo.InvariantCulture, $"similar user {userId}"),
                neighbor.Similarity * offset / weights,
                userId: userId);
        }
    }

    /// <summary>
    /// Computes the similarity of the profile to every training user; NaN marks an undefined one and
    /// the profile's own training row.
    /// </summary>
    private double[] ComputeSimilarities(UserProfile user)
    {
        RatingMatrix matrix = Data.Ratings;
        var profile = new double[matrix.Items.Count];
        Array.Fill(profile, double.NaN);
        double profileSquaredNorm = 0;
        foreach ((int movieId, double value) in user.Ratings)
        {
            if (matrix.Items.TryGetIndex(movieId, out int item))
            {
                profile[item] = value;
                profileSquaredNorm += value * value;
            }
        }

        bool hasOwnRow = matrix.Users.TryGetIndex(user.UserId, out int ownRow);
        var similarities = new double[matrix.Users.Count];
        for (int other = 0; other < matrix.Users.Count; other++)
        {
            similarities[other] = hasOwnRow && other == ownRow
                ? double.NaN
                : Similarity(profile, profileSquaredNorm, matrix.ByUser.RowIndices(other), matrix.ByUser.RowValues(other));
        }

        return similarities;
    }

    private double Similarity(double[] profile, double profileSquaredNorm, ReadOnlySpan<int> items, ReadOnlySpan<double> values)
    {
        var sums = new CoRatingSums();
        double otherSquaredNorm = 0;
        for (int position = 0; position < items.Length; position++)
        {
            double value = values[position];
            otherSquaredNorm += value * value;
            double mine = profile[items[position]];
            if (!double.IsNaN(mine))
            {
                sums.Add(mine, value);
            }
        }

        double? similarity = options.Metric switch
        {
            _ when sums.Count == 0 || sums.Count < options.MinCoRatings => null,
            SimilarityMetric.Cosine => VectorSimilarity.CosineFromSums(sums.SumXY, profileSquaredNorm, otherSquaredNorm),
            _ => sums.Pearson(),
        };
        return similarity ?? double.NaN;
    }
}
