using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace MovieRecs.Analytics.Forecasting;

/// <summary>
/// A learned forecast: one ML.NET FastTree regression (gradient boosted trees) over lag, level and
/// calendar features, fitted across all the series it is given. It predicts every step of the
/// horizon directly, with the step as a feature, instead of feeding its own forecasts back in.
/// </summary>
/// <remarks>
/// Each training row is a pseudo-origin t inside a history and a step h: the features come from the
/// weeks before t (<see cref="LagFeatures"/>) and the target is log(1 + units) of week t + h − 1,
/// relative to the mean of the 13 weeks before t. Rows whose target lies past the end of the
/// history are not built, so a fit never uses a week after its origin. Predicting on the log scale
/// pulls forecasts towards the typical week rather than the mean, which suits bursty demand scored by
/// absolute error. One thread and a fixed seed make a fit repeatable.
/// </remarks>
public sealed class GradientBoostedForecaster : IDemandForecaster
{
    /// <summary>The name of the method in reports.</summary>
    public const string MethodName = "fasttree";

    private readonly int _seed;

    /// <summary>Creates the method with the random seed of ML.NET's context.</summary>
    public GradientBoostedForecaster(int seed = 1)
    {
        _seed = seed;
    }

    /// <inheritdoc/>
    public string Name => MethodName;

    /// <summary>
    /// The minimum history in weeks: the lags need <see cref="LagFeatures.MinimumHistory"/> weeks, and
    /// eight more give every series at least eight pseudo-origins to learn from.
    /// </summary>
    public int MinimumHistory => LagFeatures.MinimumHistory + 8;

    /// <summary>The number of boosted trees.</summary>
    public int NumberOfTrees { get; init; } = 200;

    /// <summary>The leaves per tree.</summary>
    public int NumberOfLeaves { get; init; } = 8;

    /// <summary>The minimum number of training rows per leaf.</summary>
    public int MinimumExampleCountPerLeaf { get; init; } = 20;

    /// <summary>The learning rate (shrinkage) of each tree.</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>
    /// Whether the target week's ISO week of year and month are features. They can learn a yearly
    /// cycle, but with only two or three years of history each week of the year has two or three
    /// examples, and the trees may fit noise.
    /// </summary>
    public bool UseCalendarFeatures { get; init; } = true;

    /// <inheritdoc/>
    public IReadOnlyList<double[]> Forecast(IReadOnlyList<WeeklySeries> histories, int horizon)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        foreach (WeeklySeries history in histories)
        {
            if (history.Length < MinimumHistory)
            {
                throw new ArgumentException(
                    $"{Name} needs at least {MinimumHistory} weeks of history; series '{history.Key}' has {history.Length}.",
                    nameof(histories));
            }
        }

        var context = new MLContext(_seed);
        int featureCount = LagFeatures.Names.Count;
        SchemaDefinition schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);

        List<FeatureRow> rows = TrainingRows(histories, horizon, featureCount, UseCalendarFeatures);
        IDataView training = context.Data.LoadFromEnumerable(rows, schema);
        var options = new FastTreeRegressionTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            NumberOfTrees = NumberOfTrees,
            NumberOfLeaves = NumberOfLeaves,
            MinimumExampleCountPerLeaf = Math.Min(MinimumExampleCountPerLeaf, Math.Max(1, rows.Count / 4)),
            LearningRate = LearningRate,
            NumberOfThreads = 1,
        };
        RegressionPredictionTransformer<FastTreeRegressionModelParameters> model =
            context.Regression.Trainers.FastTree(options).Fit(training);

        var predictionRows = new List<FeatureRow>(histories.Count * horizon);
        var references = new double[histories.Count];
        for (int series = 0; series < histories.Count; series++)
        {
            double[] logValues = ToLog(histories[series].Values);
            references[series] = LagFeatures.Reference(logValues);
            for (int step = 1; step <= horizon; step++)
            {
                var row = new FeatureRow { Features = new float[featureCount] };
                DateOnly targetWeek = histories[series].WeekStart(logValues.Length + step - 1);
                LagFeatures.Compute(logValues, step, targetWeek, UseCalendarFeatures, row.Features);
                predictionRows.Add(row);
            }
        }

        float[] scores = context.Data
            .CreateEnumerable<ScoreRow>(model.Transform(context.Data.LoadFromEnumerable(predictionRows, schema)), reuseRowObject: false)
            .Select(score => score.Score)
            .ToArray();
        var forecasts = new double[histories.Count][];
        for (int series = 0; series < histories.Count; series++)
        {
            forecasts[series] = new double[horizon];
            for (int step = 0; step < horizon; step++)
            {
                double logForecast = references[series] + scores[(series * horizon) + step];
                forecasts[series][step] = Math.Max(0, Math.Exp(logForecast) - 1);
            }
        }

        return forecasts;
    }

    private static List<FeatureRow> TrainingRows(
        IReadOnlyList<WeeklySeries> histories,
        int horizon,
        int featureCount,
        bool useCalendar)
    {
        var rows = new List<FeatureRow>();
        foreach (WeeklySeries history in histories)
        {
            double[] logValues = ToLog(history.Values);
            for (int origin = LagFeatures.MinimumHistory; origin < logValues.Length; origin++)
            {
                ReadOnlySpan<double> before = logValues.AsSpan(0, origin);
                double reference = LagFeatures.Reference(before);
                for (int step = 1; step <= horizon && origin + step - 1 < logValues.Length; step++)
                {
                    var row = new FeatureRow
                    {
                        Features = new float[featureCount],
                        Label = (float)(logValues[origin + step - 1] - reference),
                    };
                    LagFeatures.Compute(before, step, history.WeekStart(origin + step - 1), useCalendar, row.Features);
                    rows.Add(row);
                }
            }
        }

        return rows;
    }

    private static double[] ToLog(IReadOnlyList<double> values) => values.Select(value => Math.Log(1 + value)).ToArray();

    private sealed class FeatureRow
    {
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }

    private sealed class ScoreRow
    {
        public float Score { get; set; }
    }
}
