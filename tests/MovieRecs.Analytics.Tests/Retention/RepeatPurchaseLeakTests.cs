using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Purchases;
using MovieRecs.Analytics.Retention;

namespace MovieRecs.Analytics.Tests.Retention;

/// <summary>
/// Time-leak tests of the repeat-purchase model. Purchases at or after the test cutoff, which is
/// where the last training label window ends, change neither the training examples nor the fitted
/// model. A purchase inside a training label window does change them.
/// </summary>
public sealed class RepeatPurchaseLeakTests
{
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(30);

    private readonly PurchaseLog _log = SyntheticPurchases.Create();
    private readonly DateTimeOffset _testCutoff = SyntheticPurchases.Start.AddDays(7 * 100);

    [Fact]
    public void TrainingSet_FutureChanged_IsIdentical()
    {
        IReadOnlyList<DateTimeOffset> cutoffs = RepeatPurchaseExamples.TrainingCutoffs(_testCutoff, Horizon, 6, Horizon);
        PurchaseLog changed = WithChangedFuture(_log);

        IReadOnlyList<RepeatPurchaseExample> original = RepeatPurchaseExamples.TrainingSet(_log, _testCutoff, cutoffs, Horizon);
        IReadOnlyList<RepeatPurchaseExample> afterChange = RepeatPurchaseExamples.TrainingSet(changed, _testCutoff, cutoffs, Horizon);

        Assert.True(changed.Purchases.Count != _log.Purchases.Count, "the change did not alter the log");
        Assert.Equal(original, afterChange);
        Assert.Contains(original, example => example.Returned);
    }

    [Fact]
    public void Model_FutureChanged_HasIdenticalWeights()
    {
        var options = new RepeatPurchaseOptions { TrainingCutoffs = 6 };

        RepeatPurchaseReport original = RepeatPurchaseForecaster.Run(_log, _testCutoff, options);
        RepeatPurchaseReport afterChange = RepeatPurchaseForecaster.Run(WithChangedFuture(_log), _testCutoff, options);

        Assert.Equal(original.TrainingExamples, afterChange.TrainingExamples);
        Assert.Equal(original.TrainingPositiveRate, afterChange.TrainingPositiveRate);
        Assert.Equal(original.Weights, afterChange.Weights);
        Assert.Equal(
            original.Probabilities.Select(customer => (customer.CustomerId, customer.Probability)).Order(),
            afterChange.Probabilities.Select(customer => (customer.CustomerId, customer.Probability)).Order());
    }

    [Fact]
    public void TrainingSet_LabelWindowChanged_Differs()
    {
        // The check above must be able to fail: a purchase inside the last training label window
        // [test cutoff − 30 days, test cutoff) flips a label.
        IReadOnlyList<DateTimeOffset> cutoffs = RepeatPurchaseExamples.TrainingCutoffs(_testCutoff, Horizon, 6, Horizon);
        IReadOnlyList<RepeatPurchaseExample> original = RepeatPurchaseExamples.TrainingSet(_log, _testCutoff, cutoffs, Horizon);
        RepeatPurchaseExample quiet = original.First(example => example.Features.Cutoff == cutoffs[0] && !example.Returned);
        var extra = new Purchase(quiet.Features.CustomerId, "p01", _testCutoff.AddDays(-1), 1, 1);

        PurchaseLog changed = new([.. _log.Purchases, extra], _log.Products, _log.Customers, _log.Report);
        IReadOnlyList<RepeatPurchaseExample> afterChange = RepeatPurchaseExamples.TrainingSet(changed, _testCutoff, cutoffs, Horizon);

        Assert.NotEqual(original, afterChange);
    }

    [Fact]
    public void TrainingSet_LabelWindowPastTestCutoff_Throws()
    {
        DateTimeOffset[] cutoffs = [_testCutoff.AddDays(-10)];

        var exception = Assert.Throws<ArgumentException>(
            () => RepeatPurchaseExamples.TrainingSet(_log, _testCutoff, cutoffs, Horizon));

        Assert.Contains("ends after the test cutoff", exception.Message, StringComparison.Ordinal);
    }

    // Drops every other purchase at or after the test cutoff, changes the amounts and products of
    // the rest, and adds purchases by existing and new customers at and after it.
    private PurchaseLog WithChangedFuture(PurchaseLog log)
    {
        var purchases = new List<Purchase>();
        int future = 0;
        foreach (Purchase purchase in log.Purchases)
        {
            if (purchase.Timestamp < _testCutoff)
            {
                purchases.Add(purchase);
                continue;
            }

            if (future++ % 2 == 0)
            {
                purchases.Add(purchase with { Amount = purchase.Amount + 10, ProductId = "p02" });
            }
        }

        purchases.Add(new Purchase(log.CustomerIds[0], "p03", _testCutoff, 5, 50));
        purchases.Add(new Purchase(log.CustomerIds[1], "p04", _testCutoff.AddDays(2), 1, 1));
        purchases.Add(new Purchase("newcomer", "p05", _testCutoff.AddDays(3), 1, 1));
        return new PurchaseLog(purchases, log.Products, log.Customers, new LoadReport("changed", [], []));
    }
}
