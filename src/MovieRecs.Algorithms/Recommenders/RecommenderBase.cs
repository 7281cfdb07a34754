using System.Globalization;

namespace MovieRecs.Algorithms.Recommenders;

/// <summary>Shared plumbing of the models: the fitted-state check and the argument checks.</summary>
public abstract class RecommenderBase : IRecommender
{
    private TrainingData? _data;
    private Dictionary<int, string>? _titles;

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string ScoreDescription { get; }

    /// <summary>The training data of the last fit.</summary>
    /// <exception cref="InvalidOperationException">The model has not been fitted.</exception>
    protected TrainingData Data =>
        _data ?? throw new InvalidOperationException($"Model '{Name}' has not been fitted; call Fit first.");

    /// <inheritdoc />
    public void Fit(TrainingData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = null;
        _titles = null;
        FitCore(data);
        _data = data;
    }

    /// <inheritdoc />
    public double? PredictRating(UserProfile user, int movieId)
    {
        ArgumentNullException.ThrowIfNull(user);
        TrainingData data = Data;
        if (!data.Ratings.Items.TryGetIndex(movieId, out int itemIndex))
        {
            return null;
        }

        double? prediction = PredictCore(user, itemIndex);
        return prediction is double value ? Math.Clamp(value, 0.5, 5.0) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<ScoredMovie> Recommend(UserProfile user, int count)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        TrainingData data = Data;

        var rated = new HashSet<int>();
        foreach (int movieId in user.Ratings.Keys)
        {
            if (data.Ratings.Items.TryGetIndex(movieId, out int itemIndex))
            {
                rated.Add(itemIndex);
            }
        }

        IEnumerable<(int ItemIndex, double Score)> candidates = ScoreCandidates(user, rated)
            .Where(candidate => !rated.Contains(candidate.ItemIndex));
        return TopN.Select(candidates, data.Ratings, count);
    }

    /// <inheritdoc />
    public Explanation? Explain(UserProfile user, int movieId, int maxContributions = 5)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxContributions);
        TrainingData data = Data;
        return data.Ratings.Items.TryGetIndex(movieId, out int itemIndex)
            ? ExplainCore(user, itemIndex, maxContributions)
            : null;
    }

    /// <summary>Fits the model's own state on the data.</summary>
    protected abstract void FitCore(TrainingData data);

    /// <summary>Predicts a rating for an item index, unclamped; <see langword="null"/> without evidence.</summary>
    protected abstract double? PredictCore(UserProfile user, int itemIndex);

    /// <summary>
    /// Scores the candidate items of a user; items in <paramref name="ratedItems"/> may be yielded and
    /// are removed by the caller.
    /// </summary>
    protected abstract IEnumerable<(int ItemIndex, double Score)> ScoreCandidates(
        UserProfile user,
        IReadOnlySet<int> ratedItems);

    /// <summary>
    /// Explains the score of a known movie by its strongest contributions, largest absolute weight
    /// first, at most <paramref name="maxContributions"/> of them.
    /// </summary>
    /// <remarks>
    /// An override returns <see langword="null"/> exactly where the model has no score for the
    /// movie, gives the score its top-N lists use, and orders the contributions with
    /// <see cref="ContributionList"/>.
    /// </remarks>
    protected abstract Explanation? ExplainCore(UserProfile user, int itemIndex, int maxContributions);

    /// <summary>
    /// Returns the catalogue title of an item index for contribution labels, or "movie ID" for a
    /// movie that has ratings but is missing from the catalogue.
    /// </summary>
    protected string MovieTitle(int itemIndex)
    {
        TrainingData data = Data;
        Dictionary<int, string> titles = _titles ??= data.Movies
            .DistinctBy(movie => movie.MovieId)
            .ToDictionary(movie => movie.MovieId, movie => movie.Title);
        int movieId = data.Ratings.Items.GetId(itemIndex);
        return titles.TryGetValue(movieId, out string? title)
            ? title
            : string.Create(CultureInfo.InvariantCulture, $"movie {movieId}");
    }
}
