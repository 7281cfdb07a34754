using MovieRecs.Analytics.Actions;
using MovieRecs.Analytics.Forecasting;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Analytics.Tests.Actions;

public sealed class StockPlannerTests
{
    private static readonly WeeklySeries Series = new(
        "p1",
        "Tea",
        DemandLevel.Product,
        new DateOnly(2024, 1, 1),
        [1, 2, 3]);

    [Fact]
    public void ServiceFactor_NinetyFivePercent_Is1645()
    {
        Assert.Equal(1.6448536269514722, StockPlanner.ServiceFactor(0.95), 10);
        Assert.Equal(0, StockPlanner.ServiceFactor(0.5), 10);
    }

    [Fact]
    public void CreateLine_HandWorkedErrors_Match()
    {
        // Period errors 2, −1, 4, 3: mean 2, sample variance (0 + 9 + 4 + 1) / 3 = 14/3. With z = 1.645
        // the safety stock is 1.645 · √(14/3) = 3.5536, the target ⌈10.2 + 3.5536⌉ = 14 and, with 5 on
        // hand, the order 9.
        double[] errors = [2, -1, 4, 3];
        var onHand = new Dictionary<string, double> { ["p1"] = 5 };

        StockPlanLine line = StockPlanner.CreateLine(Series, 10.2, errors, 1.645, onHand, covered: 3, checks: 4);

        Assert.Equal(2, line.ErrorMean, 12);
        Assert.Equal(Math.Sqrt(14.0 / 3), line.ErrorStandardDeviation!.Value, 12);
        Assert.Equal(1.645 * Math.Sqrt(14.0 / 3), line.SafetyStock, 12);
        Assert.Equal(14, line.TargetStock);
        Assert.Equal(5, line.OnHand);
        Assert.Equal(9, line.OrderQuantity);
        Assert.Equal(0.75, line.BacktestServiceLevel);
        Assert.Equal(4, line.BacktestOrigins);
    }

    [Fact]
    public void CreateLine_StockAboveTarget_OrdersNothing()
    {
        var onHand = new Dictionary<string, double> { ["p1"] = 50 };

        StockPlanLine line = StockPlanner.CreateLine(Series, 3, [1, -1], 1.645, onHand, 0, 0);

        Assert.Equal(0, line.OrderQuantity);
        Assert.Null(line.BacktestServiceLevel);
    }

    [Fact]
    public void CreateLine_WithoutStock_HasNoOrder()
    {
        StockPlanLine line = StockPlanner.CreateLine(Series, 3, [1], 1.645, onHand: null, 0, 0);

        Assert.Null(line.OnHand);
        Assert.Null(line.OrderQuantity);
        Assert.Null(line.ErrorStandardDeviation);
        Assert.Equal(0, line.SafetyStock);
        Assert.Equal(3, line.TargetStock);
    }

    [Fact]
    public void CheckService_HandWorkedOrigins_CountsCoveredPeriods()
    {
        // Period errors of the first three origins: 1, −1, 0 (sd 1). Origin 4 forecasts 10 against an
        // actual 11, covered by 10 + 1.645. Origin 5 forecasts 10 against 13, not covered by 10 plus
        // 1.645 times the sd of 1, −1, 0, 1 (0.957).
        OriginForecast[] origins =
        [
            new(10, [5], [6], 1), new(11, [5], [4], 1), new(12, [5], [5], 1),
            new(13, [10], [11], 1), new(14, [10], [13], 1),
        ];

        var options = new StockPlanOptions { MinimumCheckOrigins = 3 };

        (int covered, int checks) = StockPlanner.CheckService(origins, 1.645, options);

        Assert.Equal(2, checks);
        Assert.Equal(1, covered);
    }

    [Fact]
    public void CheckService_CorrectBias_AddsEarlierMeanError()
    {
        // Earlier errors 3, 3, 4 (mean 3.33, sd 0.577): 10 + 3.33 + 1.645 · 0.577 = 14.28 covers 14,
        // which the uncorrected 10 + 0.95 does not.
        OriginForecast[] origins =
        [
            new(10, [5], [8], 1), new(11, [5], [8], 1), new(12, [5], [9], 1), new(13, [10], [14], 1),
        ];

        (int plain, _) = StockPlanner.CheckService(origins, 1.645, new StockPlanOptions());
        (int corrected, _) = StockPlanner.CheckService(origins, 1.645, new StockPlanOptions { CorrectBias = true });

        Assert.Equal(0, plain);
        Assert.Equal(1, corrected);
    }

    [Fact]
    public void Plan_Synthetic_FollowsTheFormula()
    {
        PurchaseLog log = SyntheticPurchases.Create();
        string bestSeller = WeeklyDemand.ByGroup(log, DemandWindow.Latest(log, 156), DemandLevel.Product, 1)[0].Key;
        var onHand = new Dictionary<string, double> { [bestSeller] = 3, ["unknown"] = 7 };

        StockPlan plan = StockPlanner.Plan(log, new StockPlanOptions { Top = 8 }, onHand);

        Assert.Equal(8, plan.Lines.Count);
        Assert.Equal(1.6448536269514722, plan.Z, 10);
        Assert.Equal(["unknown"], plan.UnplannedStock);
        Assert.Equal(DemandWindow.Latest(log, 156).LastWeek.AddDays(7), plan.PeriodStart);
        Assert.True(plan.BacktestChecks > 0);
        Assert.InRange(plan.BacktestServiceLevel!.Value, 0.0, 1.0);
        Assert.All(plan.Lines, line => Assert.Equal(plan.Z * line.ErrorStandardDeviation!.Value, line.SafetyStock, 9));
        Assert.All(
            plan.Lines,
            line => Assert.Equal(Math.Ceiling(line.ForecastUnits + line.SafetyStock - 1e-9), line.TargetStock));
        Assert.All(plan.Lines, line => Assert.Equal(plan.Origins, line.BacktestOrigins));
        StockPlanLine first = plan.Lines.Single(line => line.ProductId == bestSeller);
        Assert.Equal(Math.Max(0, first.TargetStock - 3), first.OrderQuantity);
        Assert.Equal(
            plan.Lines.OrderByDescending(line => line.ForecastUnits).Select(line => line.ProductId),
            plan.Lines.Select(line => line.ProductId));
    }

    [Fact]
    public void Plan_ServiceLevelOutOfRange_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => StockPlanner.Plan(
                SyntheticPurchases.Create(customers: 5),
                new StockPlanOptions { ServiceLevel = 0.3 }));

        Assert.Contains("between 0.5 and 0.999", exception.Message, StringComparison.Ordinal);
    }
}
