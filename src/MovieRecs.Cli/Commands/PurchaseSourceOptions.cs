using System.CommandLine;
using MovieRecs.Algorithms.Data;
using MovieRecs.Analytics.Purchases;

namespace MovieRecs.Cli.Commands;

/// <summary>
/// The options that choose a purchase history: a MovieLens folder (--data, either layout) read as
/// purchases, or a purchase-log CSV (--purchases) with an optional mapping file and per-column overrides.
/// </summary>
internal sealed class PurchaseSourceOptions
{
    private PurchaseSourceOptions(
        Option<string?>? data,
        Option<FileInfo?> purchases,
        Option<FileInfo?> mapping,
        Option<string[]> columns)
    {
        Data = data;
        Purchases = purchases;
        Mapping = mapping;
        Columns = columns;
    }

    /// <summary>The --data option, or null when the command reads only purchase logs.</summary>
    public Option<string?>? Data { get; }

    /// <summary>The --purchases FILE option.</summary>
    public Option<FileInfo?> Purchases { get; }

    /// <summary>The --mapping FILE option.</summary>
    public Option<FileInfo?> Mapping { get; }

    /// <summary>The repeatable --column FIELD=NAME option.</summary>
    public Option<string[]> Columns { get; }

    /// <summary>Every option, to add to a command.</summary>
    public IEnumerable<Option> All => Data is null ? [Purchases, Mapping, Columns] : [Data, Purchases, Mapping, Columns];

    /// <summary>Creates the options; <paramref name="withData"/> adds --data and makes --purchases optional.</summary>
    public static PurchaseSourceOptions Create(bool withData)
    {
        Option<string?>? data = withData ? CommonOptions.CreateDataOption() : null;
        if (data is not null)
        {
            data.Description =
                "The MovieLens directory, ml-latest-small or ml-100k layout, read as purchases (a rating is a " +
                "purchase of one unit whose amount is the rating). Ignored with --purchases. Default: the " +
                "MOVIERECS_DATA environment variable, then data/ml-latest-small.";
        }

        var purchases = new Option<FileInfo?>("--purchases")
        {
            Description = "A purchase-log CSV with one purchase per row (see docs/analytics.md for the columns).",
            HelpName = "FILE",
            Required = !withData,
        };
        var mapping = new Option<FileInfo?>("--mapping")
        {
            Description = "A JSON file that maps the fields to the CSV's column names and sets the separator, " +
                "number culture and timestamp format.",
            HelpName = "FILE",
        };
        var columns = new Option<string[]>("--column")
        {
            Description = "Map one field to a column name, overriding the mapping file, such as " +
                $"customerId=client; an empty name leaves an optional field out. Fields: {string.Join(", ", PurchaseCsvMapping.FieldNames)}.",
            HelpName = "FIELD=NAME",
            AllowMultipleArgumentsPerToken = false,
        };
        return new PurchaseSourceOptions(data, purchases, mapping, columns);
    }

    /// <summary>Returns the mapping from --mapping and --column.</summary>
    /// <exception cref="ArgumentException">A --column value is not FIELD=NAME or names an unknown field.</exception>
    /// <exception cref="InvalidDataException">The mapping file is invalid.</exception>
    public PurchaseCsvMapping ReadMapping(ParseResult parseResult)
    {
        PurchaseCsvMapping mapping = parseResult.GetValue(Mapping) is FileInfo file
            ? PurchaseCsvMapping.FromJsonFile(file.FullName)
            : new PurchaseCsvMapping();
        foreach (string column in parseResult.GetValue(Columns) ?? [])
        {
            int equals = column.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"--column '{column}' is not FIELD=NAME, such as customerId=client.");
            }

            mapping = mapping.WithColumn(column[..equals], column[(equals + 1)..]);
        }

        return mapping;
    }

    /// <summary>
    /// Loads the purchase history: the CSV of --purchases when given, else the MovieLens data of --data
    /// with u.user's demographics where the folder has them.
    /// </summary>
    /// <returns>The log, a name for the source, whether it is MovieLens, and the column matches of a CSV.</returns>
    /// <exception cref="InvalidDataException">
    /// The source has no usable purchase and <paramref name="requirePurchases"/> is true.
    /// </exception>
    public async Task<LoadedPurchases> LoadAsync(
        ParseResult parseResult,
        CancellationToken cancellationToken,
        bool requirePurchases = true)
    {
        if (parseResult.GetValue(Purchases) is FileInfo file)
        {
            PurchaseImport import = PurchaseLogReader.Read(file.FullName, ReadMapping(parseResult));
            var loaded = new LoadedPurchases(import.Log, file.FullName, IsMovieLens: false, import.Columns);
            if (requirePurchases)
            {
                EnsureHasPurchases(loaded);
                FileLoadReport counts = import.Log.Report.Files[0];
                if (counts.RowsSkipped > 0)
                {
                    // The analyses print no row report, so this note reports the skipped rows.
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                        $"note: {counts.RowsSkipped} of {counts.RowsRead} data rows of {file.FullName} were skipped; " +
                        "`movierecs purchases inspect --purchases FILE` lists why.").ConfigureAwait(false);
                }
            }

            return loaded;
        }

        MovieLensDataset dataset = await CommonOptions
            .LoadDatasetAsync(Data is null ? null : parseResult.GetValue(Data), cancellationToken, requirePurchases)
            .ConfigureAwait(false);
        IEnumerable<Customer> customers = dataset.Users.Select(user => new Customer(
            MovieLensPurchases.ToId(user.UserId),
            user.Age,
            user.Gender,
            user.Occupation,
            user.ZipCode));
        PurchaseLog log = MovieLensPurchases.FromDataset(dataset, customers);
        return new LoadedPurchases(log, dataset.Report.Directory, IsMovieLens: true, []);
    }

    /// <summary>
    /// Throws when a purchase log kept no purchase, because segments, forecasts and actions need at
    /// least one.
    /// </summary>
    /// <exception cref="InvalidDataException">The log has no usable row.</exception>
    public static void EnsureHasPurchases(LoadedPurchases loaded)
    {
        if (loaded.Log.Purchases.Count > 0)
        {
            return;
        }

        FileLoadReport counts = loaded.Log.Report.Files[0];
        string inspect = loaded.IsMovieLens ? "movierecs inspect --data DIR" : "movierecs purchases inspect --purchases FILE";
        throw new InvalidDataException(counts.RowsRead == 0
            ? $"{loaded.Source} has a header but no data rows, so there is nothing to work on; choose another file."
            : $"{loaded.Source} has no usable purchase ({counts.RowsRead} data {(counts.RowsRead == 1 ? "row" : "rows")} read, all skipped). Run " +
                $"`{inspect}` to see why, or choose another file.");
    }
}

/// <summary>A loaded purchase history and where it came from.</summary>
internal sealed record LoadedPurchases(
    PurchaseLog Log,
    string Source,
    bool IsMovieLens,
    IReadOnlyList<PurchaseColumnMatch> Columns);
