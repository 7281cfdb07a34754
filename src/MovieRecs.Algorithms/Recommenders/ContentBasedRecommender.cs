using MovieRecs.Algorithms.Features;
using MovieRecs.Algorithms.Sparse;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// Content-based filtering over genres, tag TF-IDF and release decade: the user's profile is a
/// weighted sum of the feature vectors of the movies they rated, and every movie is scored by the
/// cosine between its feature vector and that profile.
/// </summary>
/// <remarks>
/// <para>
/// The features are <see cref="ContentFeatures"/>, built from the training data only, so a tag
/// counts only where its (user, movie) pair has a training rating. The profile is
/// <see cref="ContentProfileKind.Liked"/> (the movies rated at least <see cref="ContentBasedOptions.LikedThreshold"/>,
/// or at least the user's mean when none is) or <see cref="ContentProfileKind.RatingCentred"/>.
/// A movie's score is sum_k p_k x_k / |p|, since every feature row has unit norm; that sum, split
/// by column, is the explanation.
/// </para>
/// <para>
/// Rating predictions use the same feature cosine between movies: the user's mean plus the
/// similarity-weighted mean offset of their ratings of the <see cref="ContentBasedOptions.MaxNeighbors"/>
/// rated movies closest in content (positive similarity only), the content analogue of item-item
/// prediction.
/// </para>
/// </remarks>
public sealed class ContentBasedRecommender(ContentBasedOptions? options = null) : RecommenderBase
{
    private readonly ContentBasedOptions _options = options ?? new ContentBasedOptions();
    private ContentFeatures? _features;

    /// <inheritdoc />
    public override string Name => "content";

    /// <inheritdoc />
    public override string ScoreDescription =>
        "cosine between the movie's genres, tags and decade and the user's profile";

    /// <summary>The options of the model.</summary>
    public ContentBasedOptions Options => _options;

    /// <summary>The feature vectors of the last fit.</summary>
    /// <exception cref="InvalidOperationException">The model has not been fitted.</exception>
    public ContentFeatures Features =>
        _features ?? throw new InvalidOperationException($"Model '{Name}' has not been fitted; call Fit first.");

    /// <summary>
    /// Builds the profile of a user over <see cref="ContentFeatures.Columns"/>; all zeros when no
    /// rated movie is in the catalogue.
    /// </summary>
    public double[] BuildProfile(UserProfile user)
    {
        ArgumentNullException.ThrowIfNull(user);

        ContentFeatures features = Features;
        var profile = new double[features.Columns.Count];
        if (_options.Profile == ContentProfileKind.RatingCentred)
        {
            AddRated(user, profile, value => value - user.Mean);
            if (profile.Any(value => value != 0))
            {
                return profile;
            }
        }

        bool anyLiked = user.Ratings.Values.Any(value => value >= _options.LikedThreshold);
        double threshold = anyLiked ? _options.LikedThreshold : user.Mean;
        AddRated(user, profile, value => value >= threshold ? 1.0 : 0.0);
        return profile;
    }

    /// <inheritdoc />
    protected override void FitCore(TrainingData data)
    {
        _options.Validate();
        _features = ContentFeatures.Build(data, _options.Features);
    }

    /// <inheritdoc />
    protected override double? PredictCore(UserProfile user, int itemIndex)
    {
        if (user.IsEmpty)
        {
            return null;
        }

        CsrMatrix matrix = Features.Matrix;
        var neighbors = new List<(double Similarity, double Rating, int MovieId)>();
        foreach ((int movieId, double value) in user.Ratings)
        {
            if (!Data.Ratings.Items.TryGetIndex(movieId, out int rated) || rated == itemIndex)
            {
                continue;
            }

            // Rows have unit norm, so their dot product is their cosine; an empty row gives 0.
            double similarity = Dot(matrix, itemIndex, rated);
            if (similarity > 0)
            {
                neighbors.Add((similarity, value, movieId));
            }
        }

        if (neighbors.Count == 0)
        {
            return null;
        }

        double weighted = 0;
        double weights = 0;
        foreach (var neighbor in neighbors
            .OrderByDescending(neighbor => neighbor.Similarity)
            .ThenBy(neighbor => neighbor.MovieId)
            .Take(_options.MaxNeighbors))
        {
            weighted += neighbor.Similarity * (neighbor.Rating - user.Mean);
            weights += neighbor.Similarity;
        }

        return user.Mean + (weighted / weights);
    }

    /// <inheritdoc />
    protected override IEnumerable<(int ItemIndex, double Score)> ScoreCandidates(
        UserProfile user,
        IReadOnlySet<int> ratedItems)
    {
        double[] profile = BuildProfile(user);
        double norm = Norm(profile);

        // A zero profile has no defined cosine, so it scores nothing.
        if (norm == 0)
        {
            yield break;
        }

        CsrMatrix matrix = Features.Matrix;
        for (int item = 0; item < matrix.RowCount; item++)
        {
            if (ratedItems.Contains(item) || matrix.RowLength(item) == 0)
            {
                continue;
            }

            yield return (item, Dot(profile, matrix, item) / norm);
        }
    }

    /// <inheritdoc />
    protected override Explanation? ExplainCore(UserProfile user, int itemIndex, int maxContributions)
    {
        double[] profile = BuildProfile(user);
        double norm = Norm(profile);
        CsrMatrix matrix = Features.Matrix;
        if (norm == 0 || matrix.RowLength(itemIndex) == 0)
        {
            return null;
        }

        ReadOnlySpan<int> columns = matrix.RowIndices(itemIndex);
        ReadOnlySpan<double> values = matrix.RowValues(itemIndex);
        var contributions = new List<Contribution>(columns.Length);
        double score = 0;
        for (int position = 0; position < columns.Length; position++)
        {
            double weight = profile[columns[position]] * values[position] / norm;
            score += weight;
            if (weight != 0)
            {
                contributions.Add(Contribute(Features.Columns[columns[position]], weight));
            }
        }

        Contribution[] strongest = contributions
            .OrderByDescending(contribution => Math.Abs(contribution.Weight))
            .ThenBy(contribution => contribution.Label, StringComparer.Ordinal)
            .Take(maxContributions)
            .ToArray();
        return new Explanation(Data.Ratings.Items.GetId(itemIndex), score, strongest);
    }

    private static Contribution Contribute(ContentFeatureColumn column, double weight) => column.Block switch
    {
        ContentFeatureBlock.Genre => new Contribution(ContributionKind.Genre, column.Label, weight),
        ContentFeatureBlock.Tag => new Contribution(ContributionKind.Tag, $"tag: {column.Label}", weight),
        _ => new Contribution(ContributionKind.ReleaseYear, column.Label, weight),
    };

    private static double Norm(double[] vector) => Math.Sqrt(vector.Sum(value => value * value));

    private static double Dot(double[] dense, CsrMatrix matrix, int row)
    {
        ReadOnlySpan<int> columns = matrix.RowIndices(row);
        ReadOnlySpan<double> values = matrix.RowValues(row);
        double dot = 0;
        for (int position = 0; position < columns.Length; position++)
        {
            dot += dense[columns[position]] * values[position];
        }

        return dot;
    }

    private static double Dot(CsrMatrix matrix, int left, int right)
    {
        ReadOnlySpan<int> leftColumns = matrix.RowIndices(left);
        ReadOnlySpan<double> leftValues = matrix.RowValues(left);
        ReadOnlySpan<int> rightColumns = matrix.RowIndices(right);
        ReadOnlySpan<double> rightValues = matrix.RowValues(right);
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < leftColumns.Length && j < rightColumns.Length)
        {
            if (leftColumns[i] == rightColumns[j])
            {
                dot += leftValues[i++] * rightValues[j++];
            }
            else if (leftColumns[i] < rightColumns[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot;
    }

    private void AddRated(UserProfile user, double[] profile, Func<double, double> weightOf)
    {
        CsrMatrix matrix = Features.Matrix;
        foreach ((int movieId, double value) in user.Ratings)
        {
            double weight = weightOf(value);
            if (weight == 0 || !Data.Ratings.Items.TryGetIndex(movieId, out int item))
            {
                continue;
            }

            ReadOnlySpan<int> columns = matrix.RowIndices(item);
            ReadOnlySpan<double> values = matrix.RowValues(item);
            for (int position = 0; position < columns.Length; position++)
            {
                profile[columns[position]] += weight * values[position];
            }
        }
    }
}
