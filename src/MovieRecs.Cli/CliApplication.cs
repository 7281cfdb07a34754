using System.CommandLine;
using MovieRecs.Cli.Commands;

namespace MovieRecs.Cli;

/// <summary>The movierecs command line: its commands, and one entry point that tests call too.</summary>
public static class CliApplication
{
    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand CreateRootCommand() =>
        new("MovieRecs: load MovieLens data, evaluate recommenders, recommend movies and segment customers offline.")
        {
            InspectCommand.Create(),
            EvaluateCommand.Create(),
            TuneCommand.Create(),
            RecommendCommand.Create(),
            BenchCommand.Create(),
            DataCommand.Create(),
            LoadCommand.Create(),
            ForecastCommand.Create(),
            SegmentCommand.Create(),
            PurchasesCommand.Create(),
            FactorsCommand.Create(),
            ActionsCommand.Create(),
        };

    /// <summary>Parses and runs a command line, writing to the given writers; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return CreateRootCommand().Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
