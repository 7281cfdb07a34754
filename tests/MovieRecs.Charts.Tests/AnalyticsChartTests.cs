namespace MovieRecs.Charts.Tests;

public sealed class AnalyticsChartTests
{
    private const int Width = 640;
    private const int Height = 360;

    private static readonly RepeatModelChartData Repeat = new(
        [new CalibrationPoint(0.01, 0.0, 60), new CalibrationPoint(0.12, 0.15, 60)],
        [new CalibrationPoint(0.02, 0.01, 60), new CalibrationPoint(0.10, 0.14, 60)],
        [new RocCurvePoint(0, 0), new RocCurvePoint(0.1, 0.8), new RocCurvePoint(1, 1)],
        [new RocCurvePoint(0, 0), new RocCurvePoint(0.3, 0.7), new RocCurvePoint(1, 1)],
        0.91,
        0.78,
        30);

    [Fact]
    public void SegmentChart_TwoSegments_NamesThemInLegend()
    {
        SegmentPoints[] segments =
        [
            new(1, "Occasional mixed fans", [-1.0, -0.5, 0.2], [0.3, -0.2, 0.1]),
            new(2, "Frequent drama fans", [1.5, 2.0], [1.0, -1.0]),
        ];

        using Chart chart = ChartFactory.CreateSegmentChart(segments, [0.211, 0.169]);
        byte[] svg = chart.Render(ChartFormat.Svg, Width, Height);

        ImageAssert.IsPng(chart.Render(ChartFormat.Png, Width, Height), Width, Height);
        ImageAssert.IsSvg(svg, Width, Height, "Customer segments");
        string text = System.Text.Encoding.UTF8.GetString(svg);
        Assert.Contains("1. Occasional mixed fans (3)", text, StringComparison.Ordinal);
        Assert.Contains("2. Frequent drama fans (2)", text, StringComparison.Ordinal);
        Assert.Contains("21.1 % of the variance", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DemandChart_HistoryAndForecast_RendersBand()
    {
        var monday = new DateOnly(2018, 7, 2);
        (DateOnly Week, double Units)[] history = Enumerable.Range(0, 12)
            .Select(week => (monday.AddDays(7 * week), 100.0 + (10 * (week % 3))))
            .ToArray();
        (DateOnly Week, double Forecast, double Lower, double Upper)[] forecast = Enumerable.Range(12, 4)
            .Select(week => (monday.AddDays(7 * week), 105.0, 80.0, 140.0))
            .ToArray();

        var series = new DemandChartSeries("Drama", "fasttree", 0.8, history, forecast);

        using Chart chart = ChartFactory.CreateDemandChart(series);
        byte[] svg = chart.Render(ChartFormat.Svg, Width, Height);

        ImageAssert.IsPng(chart.Render(ChartFormat.Png, Width, Height), Width, Height);
        ImageAssert.IsSvg(svg, Width, Height, "Weekly demand: Drama, forecast by fasttree");
        Assert.Contains("80 % prediction interval", System.Text.Encoding.UTF8.GetString(svg), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ChartIds.RepeatCalibration, "Calibration of the 30-day")]
    [InlineData(ChartIds.RepeatRoc, "Model (AUC 0.910)")]
    public void RepeatChart_ModelAndBaseline_RendersPngAndSvg(string id, string expectedText)
    {
        using Chart chart = ChartFactory.CreateRepeatChart(id, Repeat);

        ImageAssert.IsPng(chart.Render(ChartFormat.Png, Width, Height), Width, Height);
        ImageAssert.IsSvg(chart.Render(ChartFormat.Svg, Width, Height), Width, Height, expectedText);
    }

    [Fact]
    public void RepeatChart_UnknownId_ThrowsListingKnown()
    {
        var exception = Assert.Throws<ArgumentException>(() => ChartFactory.CreateRepeatChart("repeat-lift", Repeat));

        Assert.Contains("'repeat-lift'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(ChartIds.RepeatRoc, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FactorChart_ThreeEffects_LabelsRows()
    {
        EffectEstimate[] effects =
        [
            new("logActiveDays", 0.76, 0.38, 1.13),
            new("meanAmount", 0.09, -0.19, 0.37),
            new("logRecencyDays", -0.87, -1.30, -0.44),
        ];

        using Chart chart =
            ChartFactory.CreateFactorChart(effects, "What drives buying again", "Log-odds per standard deviation");
        byte[] svg = chart.Render(ChartFormat.Svg, Width, Height);

        ImageAssert.IsPng(chart.Render(ChartFormat.Png, Width, Height), Width, Height);
        ImageAssert.IsSvg(svg, Width, Height, "What drives buying again");
        Assert.Contains("logRecencyDays", System.Text.Encoding.UTF8.GetString(svg), StringComparison.Ordinal);
    }

    [Fact]
    public void ChartCatalog_AnalyticsSection_ListsFiveCharts()
    {
        string[] ids = ChartCatalog.All
            .Where(chart => chart.Section == ChartSection.Analytics)
            .Select(chart => chart.Id)
            .ToArray();

        Assert.Equal(
            [
                ChartIds.SegmentScatter,
                ChartIds.DemandForecast,
                ChartIds.RepeatCalibration,
                ChartIds.RepeatRoc,
                ChartIds.FactorEffects,
            ],
            ids);
    }
}
