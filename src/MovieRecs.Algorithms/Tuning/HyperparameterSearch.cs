using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using MovieRecs.Algorithms.Recommenders;

namespace MovieRecs.Algorithms.Tuning;

/// <summary>
/// Runs grid or random hyperparameter search on a validation split carved out of training ratings,
/// scoring each trial with the <see cref="Evaluator"/>.
/// </summary>
/// <remarks>
/// <see cref="Search"/> reads only the training ratings it is given. It splits them again with
/// <see cref="TuningOptions.ValidationSplit"/>, fits each setting on the inner training part and
/// scores it on the inner held-out part. <see cref="SearchAndTest"/> runs that search on a split's
/// training part, then refits the best setting on the whole training part and scores it once on
/// the test part, which never takes part in the choice. A trial whose fit fails, such as SGD that
/// diverges, is recorded with its error and never chosen.
/// </remarks>
/// <param name="createModel">
/// Builds a model from a catalogue name and parameter values; the default is
/// <see cref="ModelParameters.Create"/>.
/// </param>
/// <param name="logger">Receives the start and end of the search and of each trial.</param>
public sealed partial class HyperparameterSearch(
    Func<string, IReadOnlyDictionary<string, double>, IRecommender>? createModel = null,
    ILogger<HyperparameterSearch>? logger = null)
{
    private readonly Func<string, IReadOnlyDictionary<string, double>, IRecommender> _createModel =
        createModel ?? ModelParameters.Create;

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>Searches on a validation split of <paramref name="trainingRatings"/> and returns every trial.</summary>
    /// <param name="trainingRatings">The only ratings the search reads.</param>
    /// <param name="movies">The catalogue.</param>
    /// <param name="options">The model, space, strategy and metric.</param>
    /// <param name="onTrial">Called after each trial, for progress output.</param>
    /// <param name="cancellationToken">Stops the search between and inside trials.</param>
    /// <exception cref="ArgumentException">
    /// The model or space is invalid, or the validation split has no training or no held-out ratings.
    /// </exception>
    public TuningResult Search(
        IReadOnlyList<Rating> trainingRatings,
        IReadOnlyList<Movie> movies,
        TuningOptions options,
        Action<TuningTrial, int>? onTrial = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trainingRatings);
        ArgumentNullException.ThrowIfNull(movies);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        IReadOnlyList<SearchDimension> space =
            ModelParameters.ResolveSpace(options.Model, options.Space, options.Search);
        IReadOnlyList<IReadOnlyDictionary<string, double>> settings = options.Search == SearchStrategy.Grid
            ? GridSearch.Enumerate(space)
            : RandomSearch.Sample(space, options.Trials, options.Seed);
        TrainTestSplit validation = options.ValidationSplit(trainingRatings);
        if (validation.Test.Count == 0 || validation.Train.Count == 0)
        {
            throw new ArgumentException(
                $"The validation split {validation.Name} of {trainingRatings.Count} training ratings has "
                + $"{validation.Train.Count} training and {validation.Test.Count} held-out ratings; "
                + "both need at least one, so give more ratings per user.");
        }

        var clock = Stopwatch.StartNew();
        LogSearchStarted(
            options.Model,
            options.Search,
            settings.Count,
            validation.Name,
            validation.Train.Count,
            validation.Test.Count);
        var trials = new List<TuningTrial>(settings.Count);
        foreach (IReadOnlyDictionary<string, double> setting in settings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TuningTrial trial = RunTrial(trials.Count + 1, setting, validation, movies, options, cancellationToken);
            trials.Add(trial);
            onTrial?.Invoke(trial, settings.Count);
        }

        TuningTrial? best = ChooseBest(trials, options.Metric);
        LogSearchFinished(
            options.Model,
            trials.Count,
            best?.Number ?? 0,
            best?.Objective ?? double.NaN,
            clock.Elapsed.TotalSeconds);
        return new TuningResult(
            options.Model,
            options.Search,
            options.Metric,
            options.Seed,
            validation.Name,
            validation.Train.Count,
            validation.Test.Count,
            space,
            trials,
            best,
            clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Searches on the split's training part only, then refits the best setting on the whole
    /// training part and scores it once on the test part.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The model or space is invalid, or no trial has a defined value of the metric (such as RMSE
    /// of a model that ranks but predicts no rating).
    /// </exception>
    public TuningReport SearchAndTest(
        TrainTestSplit split,
        IReadOnlyList<Movie> movies,
        TuningOptions options,
        Action<TuningTrial, int>? onTrial = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(split);

        TuningResult search = Search(split.Train, movies, options, onTrial, cancellationToken);
        TuningTrial best = search.Best ?? throw new ArgumentException(NoBestMessage(search));
        IRecommender model = _createModel(options.Model, best.Parameters);
        ModelEvaluation test =
            new Evaluator().Evaluate(model, split, movies, options.Evaluation, cancellationToken: cancellationToken);
        return new TuningReport(
            split.Name,
            split.Train.Count,
            split.Test.Count,
            search,
            TrialMetrics.From(test));
    }

    private TuningTrial RunTrial(
        int number,
        IReadOnlyDictionary<string, double> setting,
        TrainTestSplit validation,
        IReadOnlyList<Movie> movies,
        TuningOptions options,
        CancellationToken cancellationToken)
    {
        IRecommender model = _createModel(options.Model, setting);
        try
        {
            ModelEvaluation evaluation =
                new Evaluator().Evaluate(model, validation, movies, options.Evaluation, cancellationToken: cancellationToken);
            var metrics = TrialMetrics.From(evaluation);
            double? objective = metrics.Score(options.Metric);
            LogTrialFinished(number, options.Model, objective ?? double.NaN, metrics.FitSeconds);
            return new TuningTrial(number, setting, objective, metrics, null);
        }
        catch (InvalidOperationException exception)
        {
            // A fit can fail for one setting, such as SGD diverging at a high learning rate, so the search goes on.
            LogTrialFailed(exception, number, options.Model);
            return new TuningTrial(number, setting, null, null, exception.Message);
        }
    }

    private static TuningTrial? ChooseBest(IReadOnlyList<TuningTrial> trials, TuningMetric metric)
    {
        bool lowerIsBetter = TrialMetrics.IsLowerBetter(metric);
        TuningTrial? best = null;
        foreach (TuningTrial trial in trials)
        {
            if (trial.Objective is not double value)
            {
                continue;
            }

            if (best is null || (lowerIsBetter ? value < best.Objective : value > best.Objective))
            {
                best = trial;
            }
        }

        return best;
    }

    private static string NoBestMessage(TuningResult search)
    {
        string metric = search.Metric.ToString().ToLowerInvariant();
        int failed = search.Trials.Count(trial => trial.Error is not null);
        return failed == search.Trials.Count
            ? $"Every one of the {failed} trials of '{search.Model}' failed; "
                + $"the first error: {search.Trials[0].Error}"
            : $"No trial of '{search.Model}' has a defined {metric}; a model that predicts no rating "
                + "(such as wals) needs a ranking metric, ndcg or precision.";
    }

    [LoggerMessage(
        EventId = 120,
        Level = LogLevel.Information,
        Message = "Started {Search} search of {Model} with {Trials} trials on {Split}: "
            + "{TrainRatings} training and {HeldOutRatings} held-out ratings")]
    private partial void LogSearchStarted(
        string model,
        SearchStrategy search,
        int trials,
        string split,
        int trainRatings,
        int heldOutRatings);

    [LoggerMessage(
        EventId = 121,
        Level = LogLevel.Information,
        Message = "Trial {Trial} of {Model}: objective {Objective:F4}, fit {FitSeconds:F2} s")]
    private partial void LogTrialFinished(int trial, string model, double objective, double fitSeconds);

    [LoggerMessage(EventId = 122, Level = LogLevel.Warning, Message = "Trial {Trial} of {Model} failed")]
    private partial void LogTrialFailed(Exception exception, int trial, string model);

    [LoggerMessage(
        EventId = 123,
        Level = LogLevel.Information,
        Message = "Finished search of {Model}: {Trials} trials, best trial {BestTrial} "
            + "with objective {Objective:F4}, in {Seconds:F1} s")]
    private partial void LogSearchFinished(
        string model,
        int trials,
        int bestTrial,
        double objective,
        double seconds);
}
