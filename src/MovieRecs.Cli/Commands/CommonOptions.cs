using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MovieRecs.Algorithms.Data;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>Options and steps that several commands share: finding and loading the data, JSON output.</summary>
internal static class CommonOptions
{
    private const int RedirectedWidth = 160;

    /// <summary>Serializer settings of every JSON file the CLI writes: camelCase, indented, enums as strings.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Creates the --data option.</summary>
    public static Option<string?> CreateDataOption() => new(DataLocator.CommandLineOption)
    {
        Description = "The MovieLens directory (with movies.csv and ratings.csv). Default: the MOVIERECS_DATA " +
            "environment variable, then data/ml-latest-small, which is downloaded when missing.",
        HelpName = "DIR",
    };

    /// <summary>Creates a --json FILE option.</summary>
    public static Option<FileInfo?> CreateJsonOption(string description) => new("--json")
    {
        Description = description,
        HelpName = "FILE",
    };

    /// <summary>Creates a console that writes to the invocation's output, with colors only on a terminal.</summary>
    public static IAnsiConsole CreateConsole(ParseResult parseResult)
    {
        TextWriter output = parseResult.InvocationConfiguration.Output;
        bool isTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            // Redirected output has no width of its own; 80 columns would wrap titles inside table cells.
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    /// <summary>
    /// Makes an integer option reject a value that is not an integer, or one outside [min, max],
    /// with a message that names the option, the rule and the value given.
    /// </summary>
    public static void AddRangeValidator(Option<int> option, int min, int max, string rule)
    {
        Func<ArgumentResult, int>? defaultValue = option.DefaultValueFactory;
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return defaultValue?.Invoke(result) ?? default;
            }

            string token = result.Tokens[^1].Value;
            if (!int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            {
                result.AddError($"{option.Name} must be {rule}; got '{token}', which is not an integer.");
                return default;
            }

            if (value < min || value > max)
            {
                result.AddError($"{option.Name} must be {rule}; got {value}.");
            }

            return value;
        };
    }

    /// <summary>
    /// Returns whether every one of the options converts and passes its own validators. A command
    /// validator runs before the validators of its options, and reading a value that fails them throws,
    /// so a check across options reads the values only when this returns true. The parse result keeps
    /// the option's own error, which the parser then reports.
    /// </summary>
    public static bool HaveValidValues(CommandResult result, params Option[] options)
    {
        foreach (Option option in options)
        {
            try
            {
                _ = result.GetResult(option)?.GetValueOrDefault<object?>();
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Makes a number option reject a value outside [min, max], with a message that names the
    /// option, the rule and the value given.
    /// </summary>
    public static void AddRangeValidator(Option<double> option, double min, double max, string rule)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0)
            {
                return;
            }

            string token = result.Tokens[^1].Value;
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                return;
            }

            if (!(value >= min && value <= max))
            {
                result.AddError($"{option.Name} must be {rule}; got {value.ToString(CultureInfo.InvariantCulture)}.");
            }
        });
    }

    /// <summary>Finds the data directory (downloading the release when nothing else is found) and loads it.</summary>
    /// <exception cref="DataUnavailableException">No data could be found or downloaded.</exception>
    public static async Task<MovieLensDataset> LoadDatasetAsync(
        string? dataDirectory,
        CancellationToken cancellationToken,
        bool requireRatings = true)
    {
        using var httpClient = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var downloader = new MovieLensDownloader(httpClient);
        string directory = await DataLocator
            .ResolveOrDownloadAsync(dataDirectory, Environment.CurrentDirectory, downloader, cancellationToken)
            .ConfigureAwait(false);
        MovieLensDataset dataset = MovieLensLoader.Load(directory);
        if (requireRatings)
        {
            EnsureHasRatings(dataset);
        }

        return dataset;
    }

    /// <summary>
    /// Throws when the data set kept no rating, because every command would then report zeros as if
    /// they were results.
    /// </summary>
    /// <exception cref="InvalidDataException">The ratings file has no usable row.</exception>
    public static void EnsureHasRatings(MovieLensDataset dataset)
    {
        if (dataset.Ratings.Count > 0)
        {
            return;
        }

        FileLoadReport ratings = dataset.Report.Files[0];
        foreach (FileLoadReport file in dataset.Report.Files)
        {
            if (file.File is MovieLensLoader.RatingsFile or MovieLensLoader.Ml100KRatingsFile)
            {
                ratings = file;
            }
        }

        string path = Path.Combine(dataset.Report.Directory, ratings.File);
        throw new InvalidDataException(ratings.RowsRead == 0
            ? $"{path} has a header but no data rows, so there is nothing to work on; point --data at a folder with ratings."
            : $"{path} has no usable rating ({ratings.RowsRead} data {(ratings.RowsRead == 1 ? "row" : "rows")} read, all skipped). Run `movierecs inspect " +
                "--data DIR` to see why, or point --data at another folder.");
    }

    /// <summary>Writes a value as JSON to a file, creating its directory.</summary>
    public static async Task WriteJsonAsync<T>(FileInfo file, T value, CancellationToken cancellationToken)
    {
        if (file.DirectoryName is string directory)
        {
            Directory.CreateDirectory(directory);
        }

        await using FileStream stream = file.Create();
        await JsonSerializer.SerializeAsync(stream, value, Json, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes text to a file as UTF-8, creating its directory.</summary>
    public static async Task WriteTextAsync(FileInfo file, string text, CancellationToken cancellationToken)
    {
        if (file.DirectoryName is string directory)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllTextAsync(file.FullName, text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a command body and turns the data and argument failures it can meet into a message on
    /// stderr and an exit code.
    /// </summary>
    public static async Task<int> RunAsync(ParseResult parseResult, Func<Task<int>> body)
    {
        TextWriter error = parseResult.InvocationConfiguration.Error;
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DataUnavailableException or FileNotFoundException or InvalidDataException)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.DataUnavailable;
        }
        catch (ArgumentException exception)
        {
            await error.WriteLineAsync($"error: {WithoutParameterSuffix(exception)}").ConfigureAwait(false);
            return ExitCodes.InvalidArguments;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // An output path that is a directory, a file where a folder is needed, or a folder
            // without write access: the option is wrong, not the data.
            await error.WriteLineAsync($"error: {exception.Message} Choose another output path.").ConfigureAwait(false);
            return ExitCodes.InvalidArguments;
        }
    }

    /// <summary>
    /// Throws when an output file path names a directory, so a long run fails before its work
    /// instead of after. Missing folders are fine, because the writers create them.
    /// </summary>
    /// <exception cref="IOException">The path is a directory.</exception>
    public static void EnsureWritableFile(FileInfo? file, string option)
    {
        if (file is null)
        {
            return;
        }

        if (Directory.Exists(file.FullName))
        {
            throw new IOException($"{option} '{file.FullName}' is a directory, not a file.");
        }
    }

    // The message of an ArgumentException ends in " (Parameter 'name')" and, for an
    // out-of-range one, a line with the actual value; the CLI's own messages already say both.
    private static string WithoutParameterSuffix(ArgumentException exception)
    {
        string message = exception.Message;
        int suffix = exception.ParamName is null
            ? -1
            : message.IndexOf($" (Parameter '{exception.ParamName}')", StringComparison.Ordinal);
        return suffix < 0 ? message : message[..suffix];
    }
}
