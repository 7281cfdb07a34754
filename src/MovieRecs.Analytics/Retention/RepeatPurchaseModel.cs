using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace MovieRecs.Analytics.Retention;

/// <summary>
/// A fitted binary classifier of "buys again within the horizon" that outputs probabilities, trained
/// with ML.NET on feature vectors of equal length.
/// </summary>
/// <remarks>
/// Both trainers run on one thread with a fixed seed, so the same examples give the same model.
/// The logistic regression standardises each feature with the training examples' mean and variance
/// and uses L1 and L2 weights of 1, so weak features get a weight of exactly 0.
/// </remarks>
public sealed class RepeatPurchaseModel
{
    private readonly MLContext _context;
    private readonly ITransformer _model;
    private readonly SchemaDefinition _schema;
    private readonly int _featureCount;

    private RepeatPurchaseModel(
        MLContext context,
        ITransformer model,
        SchemaDefinition schema,
        int featureCount,
        RepeatPurchaseModelKind kind,
        IReadOnlyList<double>? weights,
        double? bias)
    {
        _context = context;
        _model = model;
        _schema = schema;
        _featureCount = featureCount;
        Kind = kind;
        Weights = weights;
        Bias = bias;
    }

    /// <summary>The trainer that fitted the model.</summary>
    public RepeatPurchaseModelKind Kind { get; }

    /// <summary>
    /// The logistic regression's weights on the standardised features (log-odds per standard
    /// deviation), in feature order; <see langword="null"/> for FastTree.
    /// </summary>
    public IReadOnlyList<double>? Weights { get; }

    /// <summary>The logistic regression's intercept in log-odds; <see langword="null"/> for FastTree.</summary>
    public double? Bias { get; }

    /// <summary>Trains a model on feature vectors and their labels.</summary>
    /// <exception cref="ArgumentException">
    /// There are no examples, the vectors differ in length, the lists differ in length, or all labels
    /// are the same (a classifier needs both outcomes).
    /// </exception>
    public static RepeatPurchaseModel Train(
        IReadOnlyList<float[]> features,
        IReadOnlyList<bool> labels,
        RepeatPurchaseModelKind kind,
        int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        if (features.Count == 0 || features.Count != labels.Count)
        {
            throw new ArgumentException(
                $"Training needs one label per example and at least one example; got {features.Count} examples and " +
                $"{labels.Count} labels.",
                nameof(features));
        }

        int positives = labels.Count(label => label);
        if (positives == 0 || positives == labels.Count)
        {
            throw new ArgumentException(
                $"All {labels.Count} training examples have the same outcome ({positives} bought again), so no " +
                "classifier can be trained. Use more or earlier training cutoffs, or a longer horizon.",
                nameof(labels));
        }

        int featureCount = features[0].Length;
        var context = new MLContext(seed);
        SchemaDefinition schema = CreateSchema(featureCount);
        IDataView training = context.Data.LoadFromEnumerable(ToRows(features, labels, featureCount), schema);
        return kind == RepeatPurchaseModelKind.FastTree
            ? TrainFastTree(context, training, schema, featureCount)
            : TrainLogistic(context, training, schema, featureCount);
    }

    /// <summary>Returns the probability of buying again for each feature vector.</summary>
    /// <exception cref="ArgumentException">A vector's length differs from the training vectors'.</exception>
    public double[] PredictProbabilities(IReadOnlyList<float[]> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Count == 0)
        {
            return [];
        }

        IDataView data = _context.Data.LoadFromEnumerable(ToRows(features, labels: null, _featureCount), _schema);
        return _context.Data
            .CreateEnumerable<PredictionRow>(_model.Transform(data), reuseRowObject: false)
            .Select(row => (double)row.Probability)
            .ToArray();
    }

    private static RepeatPurchaseModel TrainLogistic(MLContext context, IDataView training, SchemaDefinition schema, int featureCount)
    {
        var options = new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(ExampleRow.Label),
            FeatureColumnName = nameof(ExampleRow.Features),
            L1Regularization = 1,
            L2Regularization = 1,
            NumberOfThreads = 1,
        };
        TransformerChain<BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>> model =
            context.Transforms.NormalizeMeanVariance(nameof(ExampleRow.Features))
                .Append(context.BinaryClassification.Trainers.LbfgsLogisticRegression(options))
                .Fit(training);
        LinearBinaryModelParameters linear = model.LastTransformer.Model.SubModel;
        double[] weights = linear.Weights.Select(weight => (double)weight).ToArray();
        return new RepeatPurchaseModel(
            context, model, schema, featureCount, RepeatPurchaseModelKind.Logistic, weights, linear.Bias);
    }

    private static RepeatPurchaseModel TrainFastTree(MLContext context, IDataView training, SchemaDefinition schema, int featureCount)
    {
        var options = new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(ExampleRow.Label),
            FeatureColumnName = nameof(ExampleRow.Features),
            NumberOfTrees = 100,
            NumberOfLeaves = 16,
            MinimumExampleCountPerLeaf = 20,
            LearningRate = 0.1,
            NumberOfThreads = 1,
        };
        ITransformer model = context.BinaryClassification.Trainers.FastTree(options).Fit(training);
        return new RepeatPurchaseModel(
            context, model, schema, featureCount, RepeatPurchaseModelKind.FastTree, weights: null, bias: null);
    }

    private static SchemaDefinition CreateSchema(int featureCount)
    {
        SchemaDefinition schema = SchemaDefinition.Create(typeof(ExampleRow));
        schema[nameof(ExampleRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return schema;
    }

    private static List<ExampleRow> ToRows(IReadOnlyList<float[]> features, IReadOnlyList<bool>? labels, int featureCount)
    {
        var rows = new List<ExampleRow>(features.Count);
        for (int i = 0; i < features.Count; i++)
        {
            if (features[i].Length != featureCount)
            {
                throw new ArgumentException(
                    $"Feature vector {i} has {features[i].Length} values; the model takes {featureCount}.",
                    nameof(features));
            }

            rows.Add(new ExampleRow { Features = features[i], Label = labels?[i] ?? false });
        }

        return rows;
    }

    private sealed class ExampleRow
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed class PredictionRow
    {
        public float Probability { get; set; }
    }
}
