using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MovieRecs.Analytics.Segmentation;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>`movierecs segment`: clusters customers with k-means and describes the segments.</summary>
internal static class SegmentCommand
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Command Create()
    {
        PurchaseSourceOptions source = PurchaseSourceOptions.Create(withData: true);
        var kMin = new Option<int>("--k-min") { Description = "The smallest number of segments tried, at least 2.", DefaultValueFactory = _ => 2 };
        var kMax = new Option<int>("--k-max") { Description = "The largest number of segments tried, at most 50.", DefaultValueFactory = _ => 8 };
        var seed = new Option<int>("--seed") { Description = "The k-means seed; the same seed and data give the same segments.", DefaultValueFactory = _ => 42 };
        var restarts = new Option<int>("--restarts") { Description = "The k-means starts per k, 1 to 100; the lowest inertia wins.", DefaultValueFactory = _ => 5 };
        var stabilityRuns = new Option<int>("--stability-runs")
        {
            Description = "The refits with seeds S+1, S+2, ... whose agreement with the chosen run (adjusted Rand index) is reported, 1 to 100.",
            DefaultValueFactory = _ => 5,
        };
        var asOf = new Option<DateTimeOffset?>("--as-of")
        {
            Description = "The date the features are computed at, such as 2018-09-01 or 2018-09-01T12:00:00Z " +
                "(UTC unless an offset is given); later purchases are ignored. Default: the last purchase.",
            HelpName = "DATE",
            CustomParser = ParseAsOf,
        };
        var noDemographics = new Option<bool>("--no-demographics") { Description = "Cluster on behaviour only, even where the data has demographics." };
        Option<FileInfo?> json = CommonOptions.CreateJsonOption("Also write the scores, segments and customer assignments to FILE as JSON.");
        var csv = new Option<FileInfo?>("--csv")
        {
            Description = "Also write one row per customer (id, segment, segment name, projection x and y) to FILE.",
            HelpName = "FILE",
        };
        CommonOptions.AddRangeValidator(kMin, 2, 50, "between 2 and 50");
        CommonOptions.AddRangeValidator(kMax, 2, 50, "between 2 and 50");
        CommonOptions.AddRangeValidator(restarts, 1, 100, "between 1 and 100");
        CommonOptions.AddRangeValidator(stabilityRuns, 1, 100, "between 1 and 100");

        var command = new Command(
            "segment",
            "Cluster customers with k-means on scaled behavioural (and demographic) features, choose k by silhouette, " +
            "measure stability under reseeding and describe each segment.");
        foreach (Option option in source.All)
        {
            command.Options.Add(option);
        }

        foreach (Option option in (Option[])[kMin, kMax, seed, restarts, stabilityRuns, asOf, noDemographics, json, csv])
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (CommonOptions.HaveValidValues(result, kMin, kMax) && result.GetValue(kMax) < result.GetValue(kMin))
            {
                result.AddError($"--k-max ({result.GetValue(kMax)}) must be at least --k-min ({result.GetValue(kMin)}).");
            }
        });

        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            CommonOptions.EnsureWritableFile(parseResult.GetValue(json), "--json");
            CommonOptions.EnsureWritableFile(parseResult.GetValue(csv), "--csv");
            var stopwatch = Stopwatch.StartNew();
            LoadedPurchases loaded = await source.LoadAsync(parseResult, cancellationToken).ConfigureAwait(false);
            var options = new SegmentationOptions
            {
                KMin = parseResult.GetValue(kMin),
                KMax = parseResult.GetValue(kMax),
                Seed = parseResult.GetValue(seed),
                Restarts = parseResult.GetValue(restarts),
                StabilityRuns = parseResult.GetValue(stabilityRuns),
                UseDemographics = !parseResult.GetValue(noDemographics),
                CustomerNoun = loaded.IsMovieLens ? "fans" : "buyers",
            };
            DateTimeOffset? date = parseResult.GetValue(asOf) is { } value ? value.ToUniversalTime() : null;
            SegmentationResult result = CustomerSegmenter.Segment(loaded.Log, date, options);
            var report = SegmentReport.From(loaded.Source, options, result, stopwatch.Elapsed);

            Print(CommonOptions.CreateConsole(parseResult), report, loaded.Log.HasDemographics && options.UseDemographics);
            if (parseResult.GetValue(json) is FileInfo jsonFile)
            {
                await CommonOptions.WriteJsonAsync(jsonFile, report, cancellationToken).ConfigureAwait(false);
            }

            if (parseResult.GetValue(csv) is FileInfo csvFile)
            {
                await CommonOptions.WriteTextAsync(csvFile, ToCsv(result), cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    // Parsed with the invariant culture and read as UTC, so the result does not depend on the machine's
    // culture or time zone.
    private static DateTimeOffset? ParseAsOf(System.CommandLine.Parsing.ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        string token = result.Tokens[^1].Value;
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParse(token, Invariant, styles, out DateTimeOffset value))
        {
            return value;
        }

        result.AddError($"--as-of must be a date such as 2018-09-01 or 2018-09-01T12:00:00Z; got '{token}'.");
        return null;
    }

    /// <summary>Writes one CSV row per customer: id, segment id, segment name and projection coordinates.</summary>
    internal static string ToCsv(SegmentationResult result)
    {
        Dictionary<int, string> names = result.Segments.ToDictionary(segment => segment.Id, segment => segment.Name);
        var builder = new StringBuilder("customerId,segmentId,segmentName,x,y\n");
        foreach (CustomerAssignment customer in result.Customers)
        {
            builder.Append(Quote(customer.CustomerId)).Append(',')
                .Append(customer.SegmentId.ToString(Invariant)).Append(',')
                .Append(Quote(names[customer.SegmentId])).Append(',')
                .Append(customer.X.ToString("R", Invariant)).Append(',')
                .Append(customer.Y.ToString("R", Invariant)).Append('\n');
        }

        return builder.ToString();
    }

    private static void Print(IAnsiConsole console, SegmentReport report, bool hasDemographics)
    {
        console.WriteLine($"Source: {report.Source}");
        console.WriteLine(
            $"Customers: {report.CustomerCount.ToString("N0", Invariant)}, as of {report.AsOf.ToString("u", Invariant)}, " +
            $"{report.Features.Count} features, seed {report.Seed}");

        var scores = new Table().AddColumn(new TableColumn("k").RightAligned())
            .AddColumn(new TableColumn("Silhouette").RightAligned())
            .AddColumn(new TableColumn("Inertia").RightAligned());
        foreach (KScore score in report.SilhouetteByK)
        {
            string marker = score.K == report.K ? " *" : string.Empty;
            scores.AddRow(score.K.ToString(Invariant) + marker, score.Silhouette.ToString("F4", Invariant), score.Inertia.ToString("F1", Invariant));
        }

        console.Write(scores);
        console.WriteLine($"Chosen k: {report.K} (silhouette {report.Silhouette.ToString("F4", Invariant)})");

        var segments = new Table()
            .AddColumn(new TableColumn("Id").RightAligned())
            .AddColumn("Name")
            .AddColumn(new TableColumn("Size").RightAligned())
            .AddColumn(new TableColumn("Recency d").RightAligned())
            .AddColumn(new TableColumn("Frequency").RightAligned())
            .AddColumn(new TableColumn("Monetary").RightAligned())
            .AddColumn(new TableColumn("Tenure d").RightAligned())
            .AddColumn("Top categories (lift)")
            .AddColumn("Peak hours UTC")
            .AddColumn(new TableColumn("Weekend").RightAligned());
        if (hasDemographics)
        {
            segments.AddColumn("Demographics");
        }

        foreach (SegmentProfile segment in report.Segments)
        {
            var cells = new List<string>
            {
                segment.Id.ToString(Invariant),
                Markup.Escape(segment.Name),
                $"{segment.Size.ToString(Invariant)} ({segment.Share.ToString("P0", Invariant)})",
                segment.MeanRecencyDays.ToString("F0", Invariant),
                segment.MeanFrequency.ToString("F1", Invariant),
                segment.MeanMonetary.ToString("F1", Invariant),
                segment.MeanTenureDays.ToString("F0", Invariant),
                Markup.Escape(string.Join(", ", segment.TopCategories.Select(c => $"{c.Label} {c.Share.ToString("P0", Invariant)} ({c.Lift.ToString("F2", Invariant)})"))),
                string.Join(", ", segment.PeakHours.Select(hour => hour.ToString("D2", Invariant))),
                segment.WeekendShare.ToString("P0", Invariant),
            };
            if (hasDemographics)
            {
                cells.Add(Markup.Escape(Demographics(segment)));
            }

            segments.AddRow(cells.ToArray());
        }

        console.Write(segments);
        StabilityReport stability = report.Stability;
        console.WriteLine(
            $"Stability under reseeding (seeds {string.Join(", ", stability.Seeds)}): adjusted Rand index mean " +
            $"{stability.Mean.ToString("F3", Invariant)}, min {stability.Min.ToString("F3", Invariant)}");
        console.WriteLine(
            $"Projection: PCA axes explain {string.Join(" and ", report.ExplainedVariance.Select(v => v.ToString("P1", Invariant)))} of the variance");
        console.WriteLine($"Elapsed: {report.ElapsedSeconds.ToString("F1", Invariant)} s");
    }

    private static string Demographics(SegmentProfile segment)
    {
        string age = segment.MeanAge is { } mean ? $"age {mean.ToString("F0", Invariant)}" : "age -";
        string genders = string.Join(" ", segment.Genders.Select(g => $"{g.Label} {g.Share.ToString("P0", Invariant)}"));
        string occupation = segment.TopOccupations.Count > 0 ? segment.TopOccupations[0].Label : "-";
        return $"{age}; {genders}; {occupation}";
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
