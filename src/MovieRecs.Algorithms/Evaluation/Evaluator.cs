using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Evaluation;

/// <summary>
/// Fits a model on a split's training part and scores it on the test part: rating error over the
/// test ratings it can predict, and Precision@k / Recall@k of its top-k list over the full catalogue.
/// </summary>
/// <remarks>
/// Each test user's profile is their training ratings. Every catalogue movie the user did not rate
/// in training is a candidate, never a sample of negatives. A test movie is relevant when its test
/// rating is at least <see cref="EvaluationOptions.RelevanceThreshold"/>; the ranking metrics
/// average over the users with at least one relevant movie.
/// </remarks>
public sealed partial class Evaluator(ILogger<Evaluator>? logger = null)
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>Fits and scores one model.</summary>
    public ModelEvaluation Evaluate(
        IRecommender model,
        TrainTestSplit split,
        IReadOnlyList<Movie> movies,
        EvaluationOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(movies);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var fitClock = Stopwatch.StartNew();
        model.Fit(new TrainingData(split.Train, movies));
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

        ModelEvaluation evaluation = Summarize(model.Name, split, options, fitSeconds, evaluateClock.Elapsed.TotalSeconds, results);
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
        var errors = new List<(double Predicted, double Actual)>(test.Count);
        foreach (Rating rating in test)
        {
            if (model.PredictRating(profile, rating.MovieId) is double predicted)
            {
                errors.Add((predicted, rating.Value));
            }
        }

        var relevant = test
            .Where(rating => rating.Value >= options.RelevanceThreshold)
            .Select(rating => rating.MovieId)
            .ToHashSet();
        if (relevant.Count == 0)
        {
            return new UserResult(test.Count, errors, double.NaN, double.NaN);
        }

        int[] recommended = model.Recommend(profile, options.K).Select(movie => movie.MovieId).ToArray();
        return new UserResult(
            test.Count,
            errors,
            RankingMetrics.PrecisionAtK(recommended, relevant, options.K),
            RankingMetrics.RecallAtK(recommended, relevant, options.K));
    }

    private static ModelEvaluation Summarize(
        string model,
        TrainTestSplit split,
        EvaluationOptions options,
        double fitSeconds,
        double evaluateSeconds,
        UserResult[] results)
    {
        // Summing in user order keeps the totals identical across runs, whatever the thread timing.
        var errors = results.SelectMany(result => result.Errors).ToArray();
        UserResult[] ranked = results.Where(result => !double.IsNaN(result.Precision)).ToArray();
        int testRatings = results.Sum(result => result.TestCount);
        return new ModelEvaluation(
            model,
            split.Name,
            RatingMetrics.Rmse(errors),
            RatingMetrics.Mae(errors),
            testRatings == 0 ? 0 : (double)errors.Length / testRatings,
            ranked.Length == 0 ? 0 : ranked.Average(result => result.Precision),
            ranked.Length == 0 ? 0 : ranked.Average(result => result.Recall),
            options.K,
            fitSeconds,
            evaluateSeconds,
            testRatings,
            errors.Length,
            ranked.Length);
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

    private sealed record UserResult(int TestCount, List<(double Predicted, double Actual)> Errors, double Precision, double Recall);
}
