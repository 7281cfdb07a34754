using System.CommandLine;
using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Evaluation;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>
/// The options that choose a train/test split (--split, --test-fraction, the split seed, --folds,
/// --train and --test), shared by the commands that evaluate on a split.
/// </summary>
internal sealed class SplitOptions
{
    public const string TemporalSplit = "temporal";
    public const string RandomSplit = "random";
    public const string LeaveLastOneOutSplit = "leave-last-one-out";
    public const string TimeCutoffSplit = "time-cutoff";
    public const string KFoldSplit = "kfold";

    /// <summary>Creates the options.</summary>
    /// <param name="seedName">The name of the random split's seed option, such as --seed.</param>
    /// <param name="allowKFold">Whether --split accepts kfold, which gives several splits, and --folds exists.</param>
    public SplitOptions(string seedName, bool allowKFold)
    {
        string[] splits = allowKFold
            ? [TemporalSplit, RandomSplit, LeaveLastOneOutSplit, TimeCutoffSplit, KFoldSplit]
            : [TemporalSplit, RandomSplit, LeaveLastOneOutSplit, TimeCutoffSplit];
        Split = new Option<string>("--split")
        {
            Description = "How to split the ratings: 'temporal' holds out each user's latest fifth, " +
                "'random' a seeded random share of all ratings, 'leave-last-one-out' each user's latest rating, " +
                "'time-cutoff' the newest share of all ratings" +
                (allowKFold ? ", 'kfold' each of --folds seeded random folds in turn." : "."),
            DefaultValueFactory = _ => TemporalSplit,
        };
        Split.AcceptOnlyFromAmong(splits);
        Folds = allowKFold
            ? new Option<int>("--folds")
            {
                Description = "The number of folds of the kfold split, at least 2.",
                DefaultValueFactory = _ => 5,
            }
            : null;
        TestFraction = new Option<double>("--test-fraction")
        {
            Description = "The share of ratings the random and time-cutoff splits hold out, strictly between 0 and 1.",
            DefaultValueFactory = _ => 0.2,
        };
        Seed = new Option<int>(seedName)
        {
            Description = "The seed of the random split.",
            DefaultValueFactory = _ => 42,
        };
        Train = new Option<FileInfo?>("--train")
        {
            Description = "A training ratings CSV (ratings.csv columns); needs --test, replaces --split.",
            HelpName = "FILE",
        };
        Test = new Option<FileInfo?>("--test")
        {
            Description = "The test ratings CSV that goes with --train.",
            HelpName = "FILE",
        };
    }

    public Option<string> Split { get; }

    public Option<double> TestFraction { get; }

    public Option<int> Seed { get; }

    public Option<int>? Folds { get; }

    public Option<FileInfo?> Train { get; }

    public Option<FileInfo?> Test { get; }

    /// <summary>Adds the options and their validators to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Split);
        command.Options.Add(TestFraction);
        command.Options.Add(Seed);
        if (Folds is not null)
        {
            command.Options.Add(Folds);
            CommonOptions.AddRangeValidator(Folds, 2, int.MaxValue, "at least 2");
        }

        command.Options.Add(Train);
        command.Options.Add(Test);
        command.Validators.Add(result =>
        {
            if ((result.GetResult(Train) is null) != (result.GetResult(Test) is null))
            {
                result.AddError("--train and --test go together: give both files or neither.");
            }
        });
        TestFraction.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0
                || !double.TryParse(
                    result.Tokens[^1].Value,
                    NumberStyles.Float,
                    CultureInfo.InvariantCulture,
                    out double value))
            {
                return;
            }

            if (value is <= 0 or >= 1)
            {
                string given = value.ToString(CultureInfo.InvariantCulture);
                result.AddError($"--test-fraction must be strictly between 0 and 1; got {given}.");
            }
        });
    }

    /// <summary>Reads the chosen split from a parse result.</summary>
    public SplitChoice Read(ParseResult parseResult) => new(
        parseResult.GetValue(Split)!,
        parseResult.GetValue(TestFraction),
        parseResult.GetValue(Seed),
        Folds is null ? 0 : parseResult.GetValue(Folds),
        parseResult.GetValue(Train),
        parseResult.GetValue(Test));

    /// <summary>Makes the chosen splits: one, or one per fold for kfold.</summary>
    public static IReadOnlyList<TrainTestSplit> ChooseSplits(
        MovieLensDataset dataset,
        SplitChoice choice,
        IAnsiConsole console)
    {
        if (choice.Train is not null && choice.Test is not null)
        {
            IReadOnlyList<Rating> train = LoadRatings(choice.Train, dataset, console);
            IReadOnlyList<Rating> test = LoadRatings(choice.Test, dataset, console);
            var trainPairs = train.Select(rating => (rating.UserId, rating.MovieId)).ToHashSet();
            int shared = test.Count(rating => trainPairs.Contains((rating.UserId, rating.MovieId)));
            if (shared > 0)
            {
                // A test rating the model was trained on is excluded from every top-N list, so the scores mislead.
                console.WriteLine(
                    $"warning: {shared:N0} of {test.Count:N0} test ratings are also in {choice.Train.Name}; " +
                    "their (user, movie) pairs should appear in only one of the two files.");
            }

            return [DataSplitter.External(train, test)];
        }

        return choice.Split switch
        {
            RandomSplit => [DataSplitter.RandomHoldout(dataset.Ratings, choice.TestFraction, choice.Seed)],
            LeaveLastOneOutSplit => [DataSplitter.LeaveLastOneOut(dataset.Ratings)],
            TimeCutoffSplit => [DataSplitter.GlobalTimeCutoffByFraction(dataset.Ratings, 1 - choice.TestFraction)],
            KFoldSplit => DataSplitter.KFold(dataset.Ratings, choice.Folds, choice.Seed),
            _ => [DataSplitter.TemporalHoldout(dataset.Ratings)],
        };
    }

    /// <summary>
    /// Returns the same split rule for use on a training part alone, to carve a validation split
    /// out of it. With two files (--train, --test) it returns the temporal holdout.
    /// </summary>
    public static Func<IReadOnlyList<Rating>, TrainTestSplit> ValidationSplit(SplitChoice choice)
    {
        if (choice.Train is not null)
        {
            return DataSplitter.TemporalHoldout;
        }

        return choice.Split switch
        {
            RandomSplit => ratings => DataSplitter.RandomHoldout(ratings, choice.TestFraction, choice.Seed),
            LeaveLastOneOutSplit => DataSplitter.LeaveLastOneOut,
            TimeCutoffSplit => ratings => DataSplitter.GlobalTimeCutoffByFraction(ratings, 1 - choice.TestFraction),
            _ => DataSplitter.TemporalHoldout,
        };
    }

    private static IReadOnlyList<Rating> LoadRatings(FileInfo file, MovieLensDataset dataset, IAnsiConsole console)
    {
        RatingsLoadResult loaded = MovieLensLoader.LoadRatingsFile(file.FullName, dataset);
        FileLoadReport report = loaded.Report;
        console.WriteLine(
            $"{file.Name}: {report.RowsRead:N0} rows read, {report.RowsKept:N0} kept, "
            + $"{report.RowsSkipped:N0} skipped.");
        foreach (LoadIssue issue in loaded.Issues.Take(10))
        {
            console.WriteLine($"  {issue.File}:{issue.Line} {issue.Kind}: {issue.Message}");
        }

        return loaded.Ratings;
    }
}

/// <summary>The split options as given on the command line.</summary>
internal sealed record SplitChoice(
    string Split,
    double TestFraction,
    int Seed,
    int Folds,
    FileInfo? Train,
    FileInfo? Test);
