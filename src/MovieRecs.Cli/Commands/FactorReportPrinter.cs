using System.Globalization;
using System.Text;
using MovieRecs.Analytics.Factors;
using MovieRecs.Analytics.Retention;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>Prints a factor report as tables, and formats its estimates as CSV.</summary>
internal static class FactorReportPrinter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(IAnsiConsole console, string source, FactorReport report)
    {
        console.WriteLine($"Source: {source}");
        if (report.Repeat is { } repeat)
        {
            PrintRepeat(console, repeat);
        }

        if (report.Rating is { } rating)
        {
            PrintRating(console, rating);
        }

        PrintLifts(console, report);
        foreach (string skipped in report.Skipped)
        {
            console.WriteLine($"Skipped: {skipped}");
        }

        console.WriteLine($"Elapsed: {report.ElapsedSeconds.ToString("F1", Invariant)} s.");
    }

    /// <summary>
    /// Formats every estimate as RFC 4180 CSV in long form: one row per factor and method, with the
    /// estimate, its standard error or deviation, and the interval.
    /// </summary>
    public static string ToCsv(FactorReport report)
    {
        var builder = new StringBuilder("section,segmentId,factor,method,estimate,standardError,low,high\n");
        void Row(
            string section,
            int? segment,
            string factor,
            string method,
            double? estimate,
            double? error,
            double? low,
            double? high) =>
            builder.AppendLine(string.Join(
                ',',
                section,
                segment?.ToString(Invariant) ?? string.Empty,
                CsvText.Quote(factor),
                method,
                Value(estimate),
                Value(error),
                Value(low),
                Value(high)));

        foreach (RepeatFactor factor in report.Repeat?.Factors ?? [])
        {
            string feature = factor.Feature;
            double? coefficient = factor.Coefficient;
            Row("repeat", null, feature, "wald", coefficient, factor.StandardError, factor.WaldLow, factor.WaldHigh);
            Row("repeat", null, feature, "bootstrap", coefficient, null, factor.BootstrapLow, factor.BootstrapHigh);
            if (factor.RocAucDrop is { } drop)
            {
                double sd = drop.StandardDeviation;
                Row("repeat", null, feature, "permutation-auc-drop", drop.Mean, sd, drop.Low, drop.High);
            }

            if (factor.BrierRise is { } rise)
            {
                double sd = rise.StandardDeviation;
                Row("repeat", null, feature, "permutation-brier-rise", rise.Mean, sd, rise.Low, rise.High);
            }
        }

        foreach (RegressionCoefficient coefficient in report.Rating?.Fit.Coefficients ?? [])
        {
            Row(
                "rating",
                null,
                coefficient.Name,
                "ols",
                coefficient.Estimate,
                coefficient.StandardError,
                coefficient.Low,
                coefficient.High);
            Row(
                "rating",
                null,
                coefficient.Name,
                "ols-clustered",
                coefficient.Estimate,
                coefficient.ClusteredStandardError,
                coefficient.ClusteredLow,
                coefficient.ClusteredHigh);
        }

        foreach (CategoryLift lift in report.CategoryLifts)
        {
            Row("lift", lift.SegmentId, lift.Category, "bootstrap", lift.Lift, null, lift.Low, lift.High);
        }

        return builder.ToString();
    }

    private static void PrintRepeat(IAnsiConsole console, RepeatFactorReport repeat)
    {
        string model = repeat.Model == RepeatPurchaseModelKind.FastTree ? "fasttree" : "logistic";
        string examples = repeat.TrainingExamples.ToString("N0", Invariant);
        string customers = repeat.TrainingCustomers.ToString("N0", Invariant);
        string ridge = repeat.Ridge.ToString("0.###", Invariant);
        console.WriteLine(
            $"Repeat purchase within {repeat.HorizonDays.ToString("0.##", Invariant)} days: coefficients fitted on " +
            $"{examples} examples of {customers} customers ({Percent(repeat.TrainingPositiveRate)} bought again), " +
            $"ridge {ridge}" + (repeat.Converged ? "." : ", NOT converged."));
        string outcome = repeat.TestPositives is int positives
            ? $"{positives} of {repeat.TestCustomers} bought again; {model} ROC AUC {Number(repeat.RocAuc)}, Brier " +
              $"{Number(repeat.Brier)}; the coefficients' own ROC AUC {Number(repeat.CoefficientRocAuc)}."
            : $"{repeat.TestCustomers} customers, outcomes unknown, so no permutation importance.";
        console.WriteLine($"Test cutoff {repeat.Cutoff.ToString("yyyy-MM-dd", Invariant)}: {outcome}");

        var title = new TableTitle("Repeat-purchase factors (coefficient in log-odds per standard deviation)");
        var table = new Table { Title = title }.AddColumn("Feature");
        string[] headings =
            ["Coefficient", "Wald 95%", "Bootstrap 95%", "Odds ratio", "AUC drop (sd)", "Brier rise (sd)"];
        foreach (string heading in headings)
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        IEnumerable<RepeatFactor> ordered = repeat.Factors
            .OrderByDescending(factor => factor.RocAucDrop?.Mean ?? double.NegativeInfinity)
            .ThenByDescending(factor => Math.Abs(factor.Coefficient ?? 0));
        foreach (RepeatFactor factor in ordered)
        {
            table.AddRow(
                Markup.Escape(factor.Feature),
                Number(factor.Coefficient),
                Interval(factor.WaldLow, factor.WaldHigh),
                Interval(factor.BootstrapLow, factor.BootstrapHigh),
                Number(factor.OddsRatio),
                Spread(factor.RocAucDrop),
                Spread(factor.BrierRise));
        }

        console.Write(table);
        console.WriteLine(
            $"Permutation importance: {repeat.PermutationRepeats} shuffles per feature at the test cutoff. " +
            $"Bootstrap: {repeat.BootstrapSamples} resamples of whole customers. Wald intervals treat every " +
            "example as independent, so trust the bootstrap where they differ.");
    }

    private static void PrintRating(IAnsiConsole console, RatingFactorReport rating)
    {
        string training = rating.TrainingRows.ToString("N0", Invariant);
        string split = rating.SplitTime.ToString("yyyy-MM-dd HH:mm", Invariant);
        string test = rating.TestRows.ToString("N0", Invariant);
        console.WriteLine(
            $"Rating model (amount of a purchase line; the rating on MovieLens): trained on {training} purchases " +
            $"before {split} UTC, tested on {test} after it ({rating.NewTestCustomers} of {rating.TestCustomers} " +
            "test customers are new).");
        console.WriteLine(
            $"Training R² {Number(rating.Fit.RSquared)}; test RMSE {Number(rating.TestRmse)} against " +
            $"{Number(rating.BaselineRmse)} for the training mean and {Number(rating.CustomerMeanRmse)} for the " +
            $"customer's mean alone; test R² {Number(rating.TestRSquared)}.");
        var table = new Table { Title = new TableTitle("Rating-model coefficients") }.AddColumn("Factor");
        foreach (string heading in (string[])["Estimate", "SE", "95% CI", "Clustered SE", "Clustered 95% CI", "p"])
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (RegressionCoefficient coefficient in rating.Fit.Coefficients)
        {
            table.AddRow(
                Markup.Escape(coefficient.Name),
                Number(coefficient.Estimate),
                Number(coefficient.StandardError),
                Interval(coefficient.Low, coefficient.High),
                Number(coefficient.ClusteredStandardError),
                Interval(coefficient.ClusteredLow, coefficient.ClusteredHigh),
                PValue(coefficient.PValue));
        }

        console.Write(table);
        console.WriteLine($"Reference levels: {string.Join("; ", rating.ReferenceLevels)}.");
        if (rating.Fit.Aliased.Count > 0)
        {
            console.WriteLine($"Aliased (left out): {string.Join("; ", rating.Fit.Aliased)}.");
        }

        console.WriteLine(
            "Clustered errors allow one customer's purchases to be correlated; the classical ones assume " +
            "independent purchases.");
    }

    private static void PrintLifts(IAnsiConsole console, FactorReport report)
    {
        IEnumerable<string> segments =
            report.Segments.Select(segment => $"{segment.Id} {segment.Name} ({segment.Size})");
        console.WriteLine(
            $"Segments: {string.Join(", ", segments)}; silhouette {report.Silhouette.ToString("F3", Invariant)}.");
        var table = new Table { Title = new TableTitle("Category lift per segment (segment share / overall share)") }
            .AddColumn(new TableColumn("Segment").RightAligned())
            .AddColumn("Category");
        string[] headings = ["Purchases", "Segment share", "Overall share", "Lift", "95% CI", "Excludes 1"];
        foreach (string heading in headings)
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (CategoryLift lift in report.CategoryLifts)
        {
            table.AddRow(
                lift.SegmentId.ToString(Invariant),
                Markup.Escape(lift.Category),
                lift.Purchases.ToString("N0", Invariant),
                lift.SegmentShare.ToString("P1", Invariant),
                lift.OverallShare.ToString("P1", Invariant),
                lift.Lift.ToString("F2", Invariant),
                Interval(lift.Low, lift.High, "F2"),
                lift.Significant switch { true => "yes", false => "no", null => "-" });
        }

        console.Write(table);
    }

    private static string Number(double? value) => value?.ToString("F3", Invariant) ?? "-";

    private static string Value(double? value) => value?.ToString("R", Invariant) ?? string.Empty;

    private static string Interval(double? low, double? high, string format = "F3") =>
        low is double from && high is double to
            ? $"{from.ToString(format, Invariant)} .. {to.ToString(format, Invariant)}"
            : "-";

    private static string Spread(DistributionSummary? summary) =>
        summary is null
            ? "-"
            : $"{summary.Mean.ToString("F4", Invariant)} ({summary.StandardDeviation.ToString("F4", Invariant)})";

    private static string PValue(double? value) => value switch
    {
        null => "-",
        < 0.001 => "<0.001",
        double p => p.ToString("F3", Invariant),
    };

    private static string Percent(double value) => value.ToString("P1", Invariant);
}
