using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Data.Synthetic;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>`movierecs data`: makes data sets, such as synthetic ones at MovieLens scale.</summary>
internal static class DataCommand
{
    private static readonly string[] MovieLensFiles =
        [MovieLensLoader.MoviesFile, MovieLensLoader.RatingsFile, MovieLensLoader.TagsFile, MovieLensLoader.LinksFile];

    public static Command Create() => new("data", "Make data sets in the MovieLens format.") { CreateSynth() };

    private static Command CreateSynth()
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "The directory to write movies.csv, ratings.csv and, with --tags, tags.csv to.",
            HelpName = "DIR",
            Required = true,
        };
        var ratings = new Option<long>("--ratings")
        {
            Description = "The exact number of ratings, such as 1000000; a k or M suffix multiplies by " +
                "1,000 or 1,000,000 (10M).",
            HelpName = "N",
            Required = true,
            CustomParser = ParseRatingCount,
        };
        var users = CreateOptionalCount(
            "--users",
            "The number of users. Default: one per 165 ratings, as in ml-latest-small.");
        var movies = CreateOptionalCount(
            "--movies",
            "The number of movies, at least 20. Default: 10 times the square root of the rating count, at least 1000.");
        var seed = new Option<int>("--seed")
        {
            Description = "The seed; the same seed and sizes write byte-identical files.",
            DefaultValueFactory = _ => 42,
        };
        var tags = new Option<int>("--tags")
        {
            Description = "The number of tag rows to write to tags.csv; 0 writes no tags.csv.",
            DefaultValueFactory = _ => 0,
        };
        CommonOptions.AddRangeValidator(tags, 0, int.MaxValue, "zero or a positive integer");
        var overwrite = new Option<bool>("--overwrite")
        {
            Description = "Replace the MovieLens files already in --out (and delete a stale tags.csv or links.csv).",
        };

        var command = new Command(
            "synth",
            "Write a seeded synthetic data set with MovieLens's shape: Zipf-like movie popularity, heavy-tailed " +
            "ratings per user (at least 20), the half-star rating histogram of ml-latest-small, and increasing " +
            "timestamps per user.")
        {
            output, ratings, users, movies, seed, tags, overwrite,
        };
        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            var options = new SyntheticDataOptions
            {
                Ratings = parseResult.GetValue(ratings),
                Users = parseResult.GetValue(users),
                Movies = parseResult.GetValue(movies),
                Seed = parseResult.GetValue(seed),
                Tags = parseResult.GetValue(tags),
            };
            options.Validate();
            DirectoryInfo directory = parseResult.GetValue(output)!;
            TextWriter error = parseResult.InvocationConfiguration.Error;
            if (!parseResult.GetValue(overwrite) && ExistingMovieLensFile(directory) is string existing)
            {
                await error.WriteLineAsync(
                    $"error: '{existing}' already exists. Pass --overwrite to replace the data set in " +
                    $"'{directory.FullName}', or choose another --out directory.").ConfigureAwait(false);
                return ExitCodes.InvalidArguments;
            }

            IAnsiConsole console = CommonOptions.CreateConsole(parseResult);
            CultureInfo invariant = CultureInfo.InvariantCulture;
            console.WriteLine(
                $"Writing {options.Ratings:N0} ratings of {options.ResolvedUsers:N0} users over " +
                $"{options.ResolvedMovies:N0} movies (seed {options.Seed}) to {directory.FullName}.");
            var clock = Stopwatch.StartNew();
            var progress = new InlineProgress<long>(written => console.WriteLine(
                $"Wrote {written:N0} of {options.Ratings:N0} ratings " +
                $"({(100.0 * written / options.Ratings).ToString("F0", invariant)}%) in " +
                $"{clock.Elapsed.TotalSeconds.ToString("F1", invariant)} s."));
            SyntheticDataSummary summary = await Task
                .Run(() => SyntheticDataGenerator.Write(directory.FullName, options, progress, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
            console.WriteLine(
                $"Done in {clock.Elapsed.TotalSeconds.ToString("F1", invariant)} s: {summary.Ratings:N0} ratings, " +
                $"{summary.Users:N0} users (the most active has {summary.MaxRatingsPerUser:N0} ratings), " +
                $"{summary.Movies:N0} movies, {summary.Tags:N0} tags.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Option<int?> CreateOptionalCount(string name, string description)
    {
        var option = new Option<int?>(name) { Description = description, HelpName = "N" };
        option.CustomParser = result =>
        {
            string token = result.Tokens[^1].Value;
            if (!int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < 1)
            {
                result.AddError($"{name} must be a positive integer; got '{token}'.");
                return null;
            }

            return value;
        };
        return option;
    }

    private static long ParseRatingCount(ArgumentResult result)
    {
        string token = result.Tokens[^1].Value.Trim();
        long multiplier = 1;
        if (token.EndsWith('k') || token.EndsWith('K'))
        {
            multiplier = 1_000;
        }
        else if (token.EndsWith('M'))
        {
            multiplier = 1_000_000;
        }

        string digits = multiplier == 1 ? token : token[..^1];
        if (!long.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out long count)
            || count < 1
            || count > SyntheticDataOptions.MaxRatings / multiplier)
        {
            result.AddError(
                $"--ratings must be a whole number from 1 to {SyntheticDataOptions.MaxRatings:N0}, optionally with " +
                $"a k or M suffix; got '{token}'.");
            return 0;
        }

        return count * multiplier;
    }

    private static string? ExistingMovieLensFile(DirectoryInfo directory) => MovieLensFiles
        .Select(file => Path.Combine(directory.FullName, file))
        .FirstOrDefault(File.Exists);

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so lines print in order.</summary>
    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
