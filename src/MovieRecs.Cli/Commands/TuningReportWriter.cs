using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using MovieRecs.Algorithms.Tuning;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>Writes a tuning report as progress lines, a console table, a JSON document and CSV rows.</summary>
internal static class TuningReportWriter
{
    private const string ValidationPhase = "validation";
    private const string TestPhase = "test";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] MetricColumns =
    [
        "objective", "rmse", "mae", "coverage", "precisionAtK", "recallAtK", "ndcgAtK", "k", "fitSeconds",
        "evaluateSeconds", "heldOutRatings", "error",
    ];

    /// <summary>Formats the line printed after each trial.</summary>
    public static string ProgressLine(TuningTrial trial, int count, TuningMetric metric, TimeSpan elapsed)
    {
        string result = trial.Error is not null
            ? $"failed: {trial.Error}"
            : $"{TuneCommand.Name(metric)} {Number(trial.Objective)} "
                + $"(fit {trial.Metrics!.FitSeconds.ToString("F2", Invariant)} s)";
        return $"trial {trial.Number}/{count} {Setting(trial.Parameters)}: {result}; "
            + $"{elapsed.TotalSeconds.ToString("F0", Invariant)} s elapsed";
    }

    /// <summary>Prints the table of trials, the best one and the separate test score.</summary>
    public static void WriteSummary(IAnsiConsole console, TuningReport report)
    {
        TuningResult search = report.Search;
        TuningTrial best = search.Best!;
        console.Write(TrialTable(search));
        console.WriteLine(
            $"Best on validation: trial {best.Number}, {Setting(best.Parameters)}, "
            + $"{TuneCommand.Name(search.Metric)} {Number(best.Objective)}; the search took {search.Seconds:F1} s.");
        TrialMetrics test = report.Test;
        console.WriteLine(
            $"Test part, scored once after the search with trial {best.Number}'s setting refitted on all "
            + $"{report.TrainRatings:N0} training ratings ({report.TestRatings:N0} test ratings): "
            + $"RMSE {Number(test.Rmse)}, MAE {Number(test.Mae)}, coverage {test.Coverage.ToString("P1", Invariant)}, "
            + $"Precision@{test.K} {Number(test.PrecisionAtK)}, nDCG@{test.K} {Number(test.NdcgAtK)}. "
            + "It played no part in choosing the setting.");
    }

    /// <summary>Builds the object --json writes: the search, every trial, the best one and the test score.</summary>
    public static object ToJsonDocument(TuningReport report, DateTimeOffset finishedAt)
    {
        TuningResult search = report.Search;
        return new
        {
            model = search.Model,
            search = search.Search.ToString().ToLowerInvariant(),
            metric = TuneCommand.Name(search.Metric),
            lowerIsBetter = TrialMetrics.IsLowerBetter(search.Metric),
            seed = search.Seed,
            split = new { name = report.Split, trainRatings = report.TrainRatings, testRatings = report.TestRatings },
            validation = new
            {
                name = search.ValidationSplit,
                carvedOutOf = "the training part of split",
                trainRatings = search.ValidationTrainRatings,
                heldOutRatings = search.ValidationRatings,
            },
            space = search.Space.Select(dimension => new
            {
                name = dimension.Name,
                kind = dimension.Kind == ParameterKind.WholeNumber ? "integer" : "real",
                values = dimension.Domain.ToString(),
            }),
            trials = search.Trials,
            best = search.Best,
            test = new
            {
                description = "The best validation setting refitted on the whole training part and scored once on the "
                    + "test part; not used to choose the setting.",
                parameters = search.Best?.Parameters,
                metrics = report.Test,
            },
            searchSeconds = search.Seconds,
            finishedAt,
            machine = new
            {
                processorCount = Environment.ProcessorCount,
                runtime = RuntimeInformation.FrameworkDescription,
                os = RuntimeInformation.OSDescription,
            },
        };
    }

    /// <summary>Formats one CSV row per validation trial and a last row, phase "test", with the test score.</summary>
    public static string ToCsv(TuningReport report)
    {
        TuningResult search = report.Search;
        string[] parameterNames = search.Space.Select(dimension => dimension.Name).ToArray();
        var builder = new StringBuilder();
        builder.AppendLine(string.Join(',', ["phase", "trial", .. parameterNames, .. MetricColumns]));
        foreach (TuningTrial trial in search.Trials)
        {
            builder.AppendLine(Row(
                ValidationPhase,
                trial.Number,
                trial.Parameters,
                parameterNames,
                trial.Objective,
                trial.Metrics,
                trial.Error));
        }

        if (search.Best is TuningTrial best)
        {
            double? objective = report.Test.Score(search.Metric);
            builder.AppendLine(
                Row(TestPhase, best.Number, best.Parameters, parameterNames, objective, report.Test, error: null));
        }

        return builder.ToString();
    }

    private static string Row(
        string phase,
        int number,
        IReadOnlyDictionary<string, double> parameters,
        string[] parameterNames,
        double? objective,
        TrialMetrics? metrics,
        string? error)
    {
        object?[] values =
        [
            phase, number, .. parameterNames.Select(name => (object?)parameters.GetValueOrDefault(name)),
            objective, metrics?.Rmse, metrics?.Mae, metrics?.Coverage, metrics?.PrecisionAtK, metrics?.RecallAtK,
            metrics?.NdcgAtK, metrics?.K, metrics?.FitSeconds, metrics?.EvaluateSeconds, metrics?.HeldOutRatings, error,
        ];
        return string.Join(',', values.Select(CsvField));
    }

    private static Table TrialTable(TuningResult search)
    {
        int k = search.Trials.Select(trial => trial.Metrics?.K).FirstOrDefault(value => value is not null) ?? 0;
        var table = new Table().AddColumn(new TableColumn("Trial").RightAligned());
        foreach (SearchDimension dimension in search.Space)
        {
            table.AddColumn(new TableColumn(Markup.Escape(dimension.Name)).RightAligned());
        }

        foreach (string heading in (string[])["RMSE", "MAE", $"Precision@{k}", $"nDCG@{k}", "Fit s", "Best"])
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (TuningTrial trial in search.Trials)
        {
            TrialMetrics? metrics = trial.Metrics;
            string[] cells =
            [
                trial.Number.ToString(Invariant),
                .. search.Space.Select(dimension => Value(trial.Parameters.GetValueOrDefault(dimension.Name))),
                Number(metrics?.Rmse),
                Number(metrics?.Mae),
                Number(metrics?.PrecisionAtK),
                Number(metrics?.NdcgAtK),
                metrics?.FitSeconds.ToString("F2", Invariant) ?? "failed",
                ReferenceEquals(trial, search.Best) ? "*" : string.Empty,
            ];
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        return table;
    }

    private static string Setting(IReadOnlyDictionary<string, double> parameters) => parameters.Count == 0
        ? "(defaults)"
        : string.Join(" ", parameters.Select(pair => $"{pair.Key}={Value(pair.Value)}"));

    private static string Value(double value) => value.ToString("G6", Invariant);

    private static string Number(double? value) => value is double number && double.IsFinite(number)
        ? number.ToString("F4", Invariant)
        : "-";

    private static string CsvField(object? value) => value switch
    {
        null => string.Empty,
        double number => number.ToString("R", Invariant),
        IFormattable formattable => formattable.ToString(null, Invariant),
        string text when text.IndexOfAny([',', '"', '\n', '\r']) >= 0 =>
            $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"",
        _ => value.ToString() ?? string.Empty,
    };
}
