using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Forecasting;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Tests.Forecasting;

public sealed class DemandForecasterTests
{
    [Fact]
    public void Run_SyntheticCategories_ReportsEveryModelAndSeries()
    {
        PurchaseLog log = SyntheticPurchases.Create();
        var options = new DemandForecastOptions { Level = DemandLevel.Category };

        DemandForecastReport report = DemandForecaster.Run(log, options);

        Assert.Equal(SyntheticPurchases.CategoryNames.Length, report.Series.Count);
        Assert.Equal(DemandForecastOptions.YearlySeason, report.SeasonLength);
        Assert.Equal(12, report.Origins.Count);
        string[] models = ["naive", "seasonal-naive-52", "ses", "holt-damped", "fasttree"];
        Assert.Equal(models, report.Aggregate.Models.Select(model => model.Model));
        double lowest = report.Aggregate.Models.Min(model => model.Mase!.Value);
        Assert.Equal(lowest, report.Mase);
        Assert.Equal(report.Mase < report.NaiveMase, report.BeatsNaive);
        foreach (SeriesForecast series in report.Series.Prepend(report.Aggregate))
        {
            Assert.Equal(report.ChosenModel, series.ChosenModel);
            Assert.Equal(options.Backtest.Horizon, series.Forecast.Count);
            Assert.Equal(report.Weeks, series.History.Count);
            Assert.Equal(report.LastWeek.AddDays(7), series.Forecast[0].Week);
            Assert.All(series.Forecast, point => Assert.InRange(point.Lower, 0, point.Upper));
            Assert.All(series.Models, model => Assert.Equal(12, model.Origins));
        }
    }

    [Fact]
    public void Run_ShortLog_FallsBackToMonthlySeason()
    {
        // 40 weeks: the first of 12 origins every 4 weeks would have no history, so the backtest
        // keeps the origins with at least 16 weeks before them, and 52-week seasons do not fit.
        PurchaseLog log = SyntheticPurchases.Create(customers: 80, weeks: 40);

        DemandForecastReport report = DemandForecaster.Run(log, new DemandForecastOptions());

        Assert.Equal(DemandForecastOptions.MonthlySeason, report.SeasonLength);
        Assert.True(report.Origins.Count < 12, $"{report.Origins.Count} origins");
        Assert.All(report.Aggregate.Models, model => Assert.Null(model.Unavailable));
    }

    [Fact]
    public void Run_TooShortForAnyOrigin_Throws()
    {
        PurchaseLog log = SyntheticPurchases.Create(customers: 20, weeks: 20);

        var exception = Assert.Throws<ArgumentException>(() => DemandForecaster.Run(log, new DemandForecastOptions()));

        Assert.Contains("shorter horizon", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChooseModel_Tie_PrefersEarlierModel()
    {
        var errors = new OriginForecast(10, [1.0], [2.0], 1);
        ModelBacktest[] backtests =
        [
            new("naive", [new SeriesBacktest("naive", "all", [errors])], null),
            new("ses", [new SeriesBacktest("ses", "all", [errors])], null),
            new("fasttree", [], "needs more history"),
        ];

        Assert.Equal("naive", DemandForecaster.ChooseModel(backtests));
    }

    [RequiresLatestSmallFact]
    public void Run_LatestSmall_ChosenModelBeatsNaive()
    {
        PurchaseLog log = MovieLensPurchases.FromDataset(MovieLensLoader.Load(DataSets.LatestSmall!));

        DemandForecastReport report = DemandForecaster.Run(log, new DemandForecastOptions());

        Assert.Equal(156, report.Weeks);
        Assert.Equal(new DateOnly(2018, 9, 17), report.LastWeek);
        Assert.NotEqual(NaiveForecaster.MethodName, report.ChosenModel);
        Assert.True(report.BeatsNaive, $"chosen {report.ChosenModel} MASE {report.Mase} against naive {report.NaiveMase}");
        Assert.True(report.Mase < 0.8, $"MASE {report.Mase}");
    }
}
