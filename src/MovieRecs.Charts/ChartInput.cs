namespace MovieRecs.Charts;

/// <summary>What a chart is drawn from, so a caller knows which data to fetch.</summary>
public enum ChartInput
{
    /// <summary>The data set's <see cref="Algorithms.Exploration.DatasetProfile"/>.</summary>
    DatasetProfile,

    /// <summary>The scores of the evaluated models, as <see cref="ModelScores"/>.</summary>
    ModelScores,

    /// <summary>
    /// The similarity matrix of one movie and its strongest neighbors, as
    /// <see cref="Algorithms.Exploration.MovieSimilarityMatrix"/>.
    /// </summary>
    MovieSimilarity,

    /// <summary>The similarity matrix of the most rated movies.</summary>
    PopularSimilarity,

    /// <summary>The customers' segments and projection, as <see cref="SegmentPoints"/>.</summary>
    Segments,

    /// <summary>One weekly demand series with its forecast, as <see cref="DemandChartSeries"/>.</summary>
    DemandForecast,

    /// <summary>The repeat model's calibration and ROC curves, as <see cref="RepeatModelChartData"/>.</summary>
    RepeatModel,

    /// <summary>Effect sizes with intervals, as <see cref="EffectEstimate"/>.</summary>
    Factors,
}
