using MovieRecs.Algorithms.Baselines;
using MovieRecs.Algorithms.Similarity;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// Item-item k-nearest-neighbor collaborative filtering over a sparse, symmetric neighbor graph.
/// </summary>
/// <remarks>
/// The model keeps, per item, its <see cref="KnnOptions.MaxStoredNeighbors"/> strongest neighbors
/// (made symmetric, see <see cref="NeighborGraph"/>), never a dense item x item matrix. For user u
/// and movie i the neighbors are the <see cref="KnnOptions.MaxNeighbors"/> strongest stored
/// neighbors of i that u rated. The raw prediction is the weighted average
/// sum(s(i,j) r(u,j)) / sum(|s(i,j)|) of Sarwar et al., "Item-based collaborative filtering
/// recommendation algorithms" (WWW 2001); the mean-centred one (the default) is
/// mean(i) + sum(s(i,j) (r(u,j) - mean(j))) / sum(|s(i,j)|), with item means from training. Because the graph is symmetric, the neighbor lists of
/// the rated movies alone are enough to score every candidate, which is how user grains score
/// with lists fetched from item grains. An explanation lists the centre term (the movie mean, or
/// the baseline's global mean, user bias and movie bias) and each used neighbor's share of the
/// weighted average, labelled with its title.
/// </remarks>
public sealed class ItemKnnRecommender(KnnOptions options, string? name = null) : RecommenderBase
{
    private NeighborGraph? _graph;
    private NeighborGraph? _presetGraph;
    private BaselinePredictor? _baseline;

    /// <inheritdoc />
    public override string Name => name ?? options.Metric switch
    {
        SimilarityMetric.Cosine => "item-knn",
        SimilarityMetric.Pearson => "item-knn-pearson",
        SimilarityMetric.AdjustedCosine => "item-knn-adjusted-cosine",
        _ => "item-knn-baseline",
    };

    /// <inheritdoc />
    public override string ScoreDescription => "predicted rating from similar movies the user rated";

    /// <summary>The model settings.</summary>
    public KnnOptions Options => options;

    /// <summary>The similarity settings the neighbor graph is built with.</summary>
    public ItemSimilarityOptions SimilarityOptions => new()
    {
        Metric = options.Metric,
        MaxStoredNeighbors = options.MaxStoredNeighbors,
        MinSimilarity = options.MinSimilarity,
        MinCoRatings = options.MinCoRatings,
        Shrinkage = options.Shrinkage,
    };

    /// <summary>The fitted neighbor graph.</summary>
    /// <exception cref="InvalidOperationException">The model has not been fitted.</exception>
    public NeighborGraph Graph =>
        _graph ?? throw new InvalidOperationException($"Model '{Name}' has not been fitted; call Fit first.");

    /// <summary>Returns a movie's stored neighbors by movie id, strongest first; empty for an unknown movie.</summary>
    public IReadOnlyList<MovieNeighbor> NeighborsOf(int movieId)
    {
        RatingMatrix matrix = Data.Ratings;
        if (!matrix.Items.TryGetIndex(movieId, out int item))
        {
            return [];
        }

        return Graph.NeighborsOf(item)
            .Select(neighbor => new MovieNeighbor(matrix.Items.GetId(neighbor.Index), neighbor.Similarity))
            .ToArray();
    }

    /// <summary>
    /// Ranks movies for a user from given neighbor lists of the movies the user rated, such as the
    /// lists item grains hold; with the model's own lists the result equals <see cref="IRecommender.Recommend"/>.
    /// Rated movies missing from <paramref name="neighborsByRatedMovie"/> contribute nothing.
    /// </summary>
    public IReadOnlyList<ScoredMovie> Recommend(
        UserProfile user,
        int count,
        IReadOnlyDictionary<int, IReadOnlyList<MovieNeighbor>> neighborsByRatedMovie)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(neighborsByRatedMovie);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);

        RatingMatrix matrix = Data.Ratings;
        return TopN.Select(Score(user, movieId => neighborsByRatedMovie.GetValueOrDefault(movieId) ?? []), matrix, count);
    }

    /// <summary>
    /// Explains the score of one movie from given neighbor lists of the movies the user rated, as
    /// <see cref="Recommend(UserProfile, int, IReadOnlyDictionary{int, IReadOnlyList{MovieNeighbor}})"/>
    /// scores it; with the model's own lists the result equals <see cref="IRecommender.Explain"/>.
    /// Returns <see langword="null"/> when the lists give the movie no score or the movie is unknown.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is zero or negative.</exception>
    /// <exception cref="InvalidOperationException">The model has not been fitted.</exception>
    public Explanation? Explain(
        UserProfile user,
        int movieId,
        IReadOnlyDictionary<int, IReadOnlyList<MovieNeighbor>> neighborsByRatedMovie,
        int maxContributions = 5)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(neighborsByRatedMovie);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxContributions);

        RatingMatrix matrix = Data.Ratings;
        if (!matrix.Items.TryGetIndex(movieId, out int itemIndex))
        {
            return null;
        }

        // The graph is symmetric, so the rated movies whose lists name this movie are its rated
        // neighbors.
        var rated = new List<(double Similarity, double Rating, int NeighborIndex)>();
        foreach ((int ratedMovieId, double rating) in user.Ratings)
        {
            if (!matrix.Items.TryGetIndex(ratedMovieId, out int ratedIndex)
                || !neighborsByRatedMovie.TryGetValue(ratedMovieId, out IReadOnlyList<MovieNeighbor>? neighbors))
            {
                continue;
            }

            foreach (MovieNeighbor neighbor in neighbors)
            {
                if (neighbor.MovieId == movieId && neighbor.Similarity > options.MinSimilarity)
                {
                    rated.Add((neighbor.Similarity, rating, ratedIndex));
                    break;
                }
            }
        }

        var contributions = new ContributionList();
        if (WeightedAverage(UserBias(user), itemIndex, rated, out _, contributions) is not double prediction)
        {
            return null;
        }

        double score = contributions.AddClamp(prediction);
        return contributions.ToExplanation(movieId, score, maxContributions);
    }

    /// <inheritdoc />
    protected override void FitCore(TrainingData data)
    {
        options.Validate();
        _graph = null;
        _baseline = options.Prediction == KnnPrediction.BaselineAdjusted
            ? BaselinePredictor.Fit(data.Ratings, options.Baseline)
            : null;
        _graph = _presetGraph ?? NeighborGraph.Build(new ItemSimilarityBuilder(data.Ratings, SimilarityOptions));
    }

    /// <summary>Uses a graph built elsewhere, such as by the sharded build, in place of fitting one.</summary>
    /// <exception cref="ArgumentException">The graph's item count differs from the data's.</exception>
    public void Fit(TrainingData data, NeighborGraph graph)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.ItemCount != data.Ratings.Items.Count)
        {
            throw new ArgumentException(
                $"The graph has {graph.ItemCount} items but the data has {data.Ratings.Items.Count}.",
                nameof(graph));
        }

        _presetGraph = graph;
        try
        {
            Fit(data);
        }
        finally
        {
            _presetGraph = null;
        }
    }

    /// <inheritdoc />
    protected override double? PredictCore(UserProfile user, int itemIndex) =>
        WeightedAverage(UserBias(user), itemIndex, RatedNeighbors(user, itemIndex), out _);

    /// <inheritdoc />
    protected override Explanation? ExplainCore(UserProfile user, int itemIndex, int maxContributions)
    {
        var contributions = new ContributionList();
        double? prediction = WeightedAverage(
            UserBias(user),
            itemIndex,
            RatedNeighbors(user, itemIndex),
            out _,
            contributions);
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
        IReadOnlySet<int> ratedItems) => Score(user, NeighborsOf);

    private List<(int ItemIndex, double Score)> Score(UserProfile user, Func<int, IReadOnlyList<MovieNeighbor>> neighborsOf)
    {
        RatingMatrix matrix = Data.Ratings;
        var byCandidate = new Dictionary<int, List<(double Similarity, double Rating, int NeighborIndex)>>();
        foreach ((int movieId, double rating) in user.Ratings)
        {
            if (!matrix.Items.TryGetIndex(movieId, out int ratedIndex))
            {
                continue;
            }

            foreach (MovieNeighbor neighbor in neighborsOf(movieId))
            {
                if (neighbor.Similarity <= options.MinSimilarity
                    || user.Ratings.ContainsKey(neighbor.MovieId)
                    || !matrix.Items.TryGetIndex(neighbor.MovieId, out int candidate))
                {
                    continue;
                }

                if (!byCandidate.TryGetValue(candidate, out var contributions))
                {
                    contributions = [];
                    byCandidate.Add(candidate, contributions);
                }

                contributions.Add((neighbor.Similarity, rating, ratedIndex));
            }
        }

        double userBias = UserBias(user);
        var scores = new List<(int ItemIndex, double Score)>(byCandidate.Count);
        foreach ((int candidate, var contributions) in byCandidate)
        {
            double? prediction = WeightedAverage(userBias, candidate, contributions, out int used);
            if (prediction is double score && used >= options.MinNeighborsToRank)
            {
                scores.Add((candidate, Math.Clamp(score, 0.5, 5.0)));
            }
        }

        return scores;
    }

    /// <summary>The profile's user bias for baseline-adjusted predictions; 0 for the other modes.</summary>
    private double UserBias(UserProfile user) => _baseline?.ComputeUserBias(user) ?? 0;

    /// <summary>Collects the stored neighbors of an item that the user rated, with the user's ratings.</summary>
    private List<(double Similarity, double Rating, int NeighborIndex)> RatedNeighbors(UserProfile user, int itemIndex)
    {
        RatingMatrix matrix = Data.Ratings;
        var contributions = new List<(double Similarity, double Rating, int NeighborIndex)>();
        foreach (Neighbor neighbor in Graph.NeighborsOf(itemIndex))
        {
            if (neighbor.Similarity > options.MinSimilarity
                && user.Ratings.TryGetValue(matrix.Items.GetId(neighbor.Index), out double rating))
            {
                contributions.Add((neighbor.Similarity, rating, neighbor.Index));
            }
        }

        return contributions;
    }

    /// <summary>
    /// Returns the rating a prediction centres on: the item mean, the baseline estimate, or 0 for
    /// raw predictions.
    /// </summary>
    private double Expected(double userBias, int itemIndex) => options.Prediction switch
    {
        KnnPrediction.MeanCentered => Data.Ratings.ItemMean(itemIndex),
        KnnPrediction.BaselineAdjusted => _baseline!.Predict(userBias, itemIndex),
        _ => 0,
    };

    /// <summary>
    /// Combines the ratings of the strongest <see cref="KnnOptions.MaxNeighbors"/> contributions,
    /// strongest first with ties by neighbor index; <see langword="null"/> when there are none.
    /// Adds the terms of the unclamped prediction to <paramref name="explanation"/> when given.
    /// </summary>
    private double? WeightedAverage(
        double userBias,
        int targetIndex,
        List<(double Similarity, double Rating, int NeighborIndex)> contributions,
        out int used,
        ContributionList? explanation = null)
    {
        used = Math.Min(contributions.Count, options.MaxNeighbors);
        if (used == 0)
        {
            // Without neighbors the baseline is still a prediction; the other modes have none.
            if (options.Prediction != KnnPrediction.BaselineAdjusted)
            {
                return null;
            }

            explanation?.AddBiases(_baseline!.GlobalMean, userBias, _baseline.ItemBias(targetIndex));
            return _baseline!.Predict(userBias, targetIndex);
        }

        contributions.Sort(static (left, right) =>
        {
            int bySimilarity = right.Similarity.CompareTo(left.Similarity);
            return bySimilarity != 0 ? bySimilarity : left.NeighborIndex.CompareTo(right.NeighborIndex);
        });

        double weighted = 0;
        double weights = 0;
        for (int position = 0; position < used; position++)
        {
            (double similarity, double rating, int neighborIndex) = contributions[position];
            weighted += similarity * (rating - Expected(userBias, neighborIndex));
            weights += Math.Abs(similarity);
        }

        if (explanation is not null)
        {
            AddTerms(explanation, userBias, targetIndex, contributions, used, weights);
        }

        return Expected(userBias, targetIndex) + (weighted / weights);
    }

    /// <summary>
    /// Adds the centre term and each used neighbor's share s(i,j) (r(u,j) - centre(j)) / sum |s|,
    /// which together add up to the unclamped prediction.
    /// </summary>
    private void AddTerms(
        ContributionList explanation,
        double userBias,
        int targetIndex,
        List<(double Similarity, double Rating, int NeighborIndex)> contributions,
        int used,
        double weights)
    {
        RatingMatrix matrix = Data.Ratings;
        if (options.Prediction == KnnPrediction.MeanCentered)
        {
            int movieId = matrix.Items.GetId(targetIndex);
            double mean = matrix.ItemMean(targetIndex);
            explanation.Add(ContributionKind.Popularity, ContributionLabels.MovieMean, mean, movieId);
        }
        else if (options.Prediction == KnnPrediction.BaselineAdjusted)
        {
            explanation.AddBiases(_baseline!.GlobalMean, userBias, _baseline.ItemBias(targetIndex));
        }

        for (int position = 0; position < used; position++)
        {
            (double similarity, double rating, int neighborIndex) = contributions[position];
            double share = similarity * (rating - Expected(userBias, neighborIndex)) / weights;
            explanation.Add(
                ContributionKind.RatedMovie,
                MovieTitle(neighborIndex),
                share,
                matrix.Items.GetId(neighborIndex));
        }
    }
}
