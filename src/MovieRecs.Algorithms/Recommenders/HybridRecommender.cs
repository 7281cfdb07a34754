namespace MovieRecs.Algorithms.Recommenders;

/// <summary>
/// A switching and weighted hybrid of a collaborative model and <see cref="ContentBasedRecommender"/>:
/// a blend of the two scores where both have enough data, the content model alone for users with
/// few ratings and for rarely rated movies, and popularity for users with none.
/// </summary>
/// <remarks>
/// <para>
/// The switch, in order: a user with no rating of a catalogue movie gets <see cref="HybridMode.Popularity"/>;
/// a user with fewer than <see cref="HybridOptions.MinUserRatings"/> gets
/// <see cref="HybridMode.ContentForNewUser"/> (popularity when content scores nothing); a movie
/// with fewer than <see cref="HybridOptions.MinMovieRatings"/> training ratings gets
/// <see cref="HybridMode.ContentForRareMovie"/>; everything else gets <see cref="HybridMode.Blend"/>.
/// Where the chosen member has no score, the other one is used.
/// </para>
/// <para>
/// Scales: rating predictions blend the two predicted ratings, w c + (1 - w) t, which share the
/// 0.5-5.0 scale. Top-N scores cannot be blended raw, because the collaborative score is a
/// predicted rating and the content score a cosine, so each is standardized over the user's
/// candidates first: z = (s - mean) / standard deviation, and the score is w z_c + (1 - w) z_t
/// (z_t alone for a rare movie). Fit fits the collaborative model, the content model and the
/// popularity ranking on the same data, so it costs about the sum of the three fits.
/// </para>
/// </remarks>
public sealed partial class HybridRecommender(
    string name,
    Func<IRecommender> createCollaborative,
    HybridOptions? options = null,
    ContentBasedOptions? contentOptions = null) : RecommenderBase
{
    private readonly HybridOptions _options = options ?? new HybridOptions();
    private IRecommender? _collaborative;
    private ContentBasedRecommender? _content;
    private PopularityRecommender? _popularity;

    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override string ScoreDescription =>
        "blend of standardized collaborative and content scores; content or popularity for cold users";

    /// <summary>The options of the model.</summary>
    public HybridOptions Options => _options;

    /// <summary>The fitted collaborative member.</summary>
    /// <exception cref="InvalidOperationException">The model has not been fitted.</exception>
    public IRecommender Collaborative => _collaborative ?? throw NotFitted();

    /// <summary>The fitted content member.</summary>
    /// <exception cref="InvalidOperationException">The model has not been fitted.</exception>
    public ContentBasedRecommender Content => _content ?? throw NotFitted();

    /// <summary>
    /// Returns the member that serves a user and a movie by the switch rules, before any fallback
    /// for a member without a score; <see langword="null"/> for a movie outside the catalogue.
    /// </summary>
    /// <exception cref="InvalidOperationException">The model has not been fitted.</exception>
    public HybridMode? SelectMode(UserProfile user, int movieId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Data.Ratings.Items.TryGetIndex(movieId, out int itemIndex)
            ? SelectMode(itemIndex, KnownRatings(user))
            : null;
    }

    /// <inheritdoc />
    protected override void FitCore(TrainingData data)
    {
        _options.Validate();
        ArgumentNullException.ThrowIfNull(createCollaborative);

        _collaborative = null;
        _content = null;
        _popularity = null;
        IRecommender collaborative = createCollaborative();
        collaborative.Fit(data);
        var content = new ContentBasedRecommender(contentOptions);
        content.Fit(data);
        var popularity = new PopularityRecommender(PopularityRanking.MostRated);
        popularity.Fit(data);

        _collaborative = collaborative;
        _content = content;
        _popularity = popularity;
    }

    /// <inheritdoc />
    protected override double? PredictCore(UserProfile user, int itemIndex)
    {
        int movieId = Data.Ratings.Items.GetId(itemIndex);
        return SelectMode(itemIndex, KnownRatings(user)) switch
        {
            HybridMode.Popularity => _popularity!.PredictRating(user, movieId),
            HybridMode.ContentForNewUser => _content!.PredictRating(user, movieId) ?? _popularity!.PredictRating(user, movieId),
            HybridMode.ContentForRareMovie => _content!.PredictRating(user, movieId) ?? _collaborative!.PredictRating(user, movieId),
            _ => Blend(_collaborative!.PredictRating(user, movieId), _content!.PredictRating(user, movieId)),
        };
    }

    /// <inheritdoc />
    protected override IEnumerable<(int ItemIndex, double Score)> ScoreCandidates(
        UserProfile user,
        IReadOnlySet<int> ratedItems)
    {
        int count = Data.Ratings.Items.Count;
        int known = KnownRatings(user);
        if (known > 0 && known < _options.MinUserRatings)
        {
            IReadOnlyList<ScoredMovie> content = _content!.Recommend(user, count);
            if (content.Count > 0)
            {
                return content.Select(movie => (IndexOf(movie.MovieId), movie.Score));
            }
        }

        if (known < _options.MinUserRatings)
        {
            return _popularity!.Recommend(user, count).Select(movie => (IndexOf(movie.MovieId), movie.Score));
        }

        return ComputeScales(user).Scores.Select(pair => (pair.Key, pair.Value));
    }

    private static InvalidOperationException NotFitted() =>
        new("Model 'hybrid' has not been fitted; call Fit first.");

    private double? Blend(double? collaborative, double? content) => (collaborative, content) switch
    {
        (double c, double t) => (_options.CollaborativeWeight * c) + ((1 - _options.CollaborativeWeight) * t),
        (double c, null) => c,
        (null, double t) => t,
        _ => null,
    };

    private int IndexOf(int movieId) => Data.Ratings.Items.TryGetIndex(movieId, out int index) ? index : -1;

    private int KnownRatings(UserProfile user) => user.Ratings.Keys.Count(Data.Ratings.Items.Contains);

    private HybridMode SelectMode(int itemIndex, int knownRatings)
    {
        if (knownRatings == 0)
        {
            return HybridMode.Popularity;
        }

        if (knownRatings < _options.MinUserRatings)
        {
            return HybridMode.ContentForNewUser;
        }

        return Data.Ratings.ItemRatingCount(itemIndex) < _options.MinMovieRatings
            ? HybridMode.ContentForRareMovie
            : HybridMode.Blend;
    }
}
