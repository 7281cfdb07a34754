using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Evaluation;

/// <summary>
/// Fits a model on a split's training part and scores it on the test part: rating error over the
/// test ratings it can predict, ranking accuracy of its top-N lists over the full catalogue, and
/// the coverage, novelty, diversity and popularity of those lists.
/// </summary>
/// <remarks>
/// Each test user's profile is their training ratings. Every catalogue movie the user did not rate
/// in training is a candidate, never a sample of negatives. A test movie is relevant when its test
/// rating is at least <see cref="EvaluationOptions.RelevanceThreshold"/>; the accuracy metrics
/// average over the users with at least one relevant movie, while the coverage, novelty, diversity
/// and popularity metrics use the lists of every test user.
/// </remarks>
public sealed partial class Evaluator(ILogger<Evaluator>? logger = null)
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>
    /// Fits and scores one model; the tags, when given, reach the model only where their (user,
    /// movie) pair has a rating in the split's training part (see <see cref="TrainingData"/>).
    /// </summary>
    public ModelEvaluation Evaluate(
        IRecommender model,
        TrainTestSplit split,
        IReadOnlyList<Movie> movies,
        EvaluationOptions options,
        IReadOnlyList<MovieTag>? tags = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(movies);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var fitClock = Stopwatch.StartNew();
        var training = new TrainingData(split.Train, movies, tags);
        model.Fit(training);
        double fitSeconds = fitClock.Elapsed.TotalSeconds;
        LogFitted(model.Name, split.Name, fitSeconds);

        var evaluateClock = Stopwatch.StartNew();
        Dictionary<int, List<Rating>> trainByUser = GroupByUser(split.Train);
        Dictionary<int, List<Rating>> testByUser = GroupByUser(split.Test);
        int[] users = testByUser.Keys.Order().ToArray();
        var results = new UserResult[users.Length];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism == 0 ? -1 : options.MaxDegreeOfParallelism,
        };
        Parallel.For(0, users.Length, parallel, position =>
        {
            int userId = users[position];
            List<Rating> train = trainByUser.GetValueOrDefault(userId) ?? [];
            results[position] = EvaluateUser(model, userId, train, testByUser[userId], options);
        });

        ModelEvaluation evaluation = new EvaluationSummary(training, options).Summarize(
            model.Name,
            split.Name,
            fitSeconds,
            evaluateClock.Elapsed.TotalSeconds,
            results);
        LogEvaluated(model.Name, split.Name, evaluation.EvaluateSeconds, evaluation.RankedUsers);
        return evaluation;
    }

    private static UserResult EvaluateUser(
        IRecommender model,
        int userId,
        List<Rating> train,
        List<Rating> test,
        EvaluationOptions options)
    {
        var profile = new UserProfile(userId, train.Select(rating => KeyValuePair.Create(rating.MovieId, rating.Value)));
        var errors = new List<(int MovieId, double Predicted, double Actual)>(test.Count);
        foreach (Rating rating in test)
        {
            if (model.PredictRating(profile, rating.MovieId) is double predicted)
            {
                errors.Add((rating.MovieId, predicted, rating.Value));
            }
        }

        var relevant = test
            .Where(rating => rating.Value >= options.RelevanceThreshold)
            .Select(rating => rating.MovieId)
            .ToHashSet();
        int[] recommended = model.Recommend(profile, options.MaxK).Select(movie => movie.MovieId).ToArray();
        return new UserResult(
            userId,
            train.Count,
            test.Count,
            test.Select(rating => (rating.MovieId, rating.Value)).ToList(),
            errors,
            relevant,
            recommended);
    }

    private static Dictionary<int, List<Rating>> GroupByUser(IReadOnlyList<Rating> ratings)
    {
        var byUser = new Dictionary<int, List<Rating>>();
        foreach (Rating rating in ratings)
        {
            if (!byUser.TryGetValue(rating.UserId, out List<Rating>? list))
            {
                list = [];
                byUser.Add(rating.UserId, list);
            }

            list.Add(rating);
        }

        return byUser;
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Fitted {Model} on {Split} in {FitSeconds:F2} s")]
    private partial void LogFitted(string model, string split, double fitSeconds);

    [LoggerMessage(
        EventId = 101,
        Level = LogLevel.Information,
        Message = "Evaluated {Model} on {Split} in {EvaluateSeconds:F2} s over {RankedUsers} ranked users")]
    private partial void LogEvaluated(string model, string split, double evaluateSeconds, int rankedUsers);
}
