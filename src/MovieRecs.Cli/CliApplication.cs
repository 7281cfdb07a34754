using System.CommandLine;
using MovieRecs.Cli.Commands;

namespace MovieRecs.Cli;

/// <summary>The movierecs command line: its commands, and one entry point that tests call too.</summary>
public static class CliApplication
{
    /// <summary>Builds the root command with every subcommand; the interactive prompt reads <paramref name="input"/>.</summary>
    public static RootCommand CreateRootCommand(TextReader? input = null) =>
        new(
            "MovieRecs: load MovieLens data, evaluate recommenders, recommend movies, report, segment " +
            "customers and forecast demand offline.")
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
            ReportCommand.Create(),
            InteractiveCommand.Create(input ?? Console.In),
        };

    /// <summary>Parses and runs a command line, writing to the given writers; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, Console.In, output, error, cancellationToken);

    /// <summary>
    /// Parses and runs a command line that reads <paramref name="input"/> (the interactive prompt
    /// does) and writes to the given writers; returns the exit code.
    /// </summary>
    public static Task<int> RunAsync(
        string[] args,
        TextReader input,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return CreateRootCommand(input).Parse(args).InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>
    /// Returns the arguments to run: the interactive prompt when there are none and both standard
    /// input and output are a terminal, else the arguments as given, so that a redirected run
    /// without arguments still prints the help.
    /// </summary>
    public static string[] ResolveArguments(string[] args, bool isInputRedirected, bool isOutputRedirected)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Length == 0 && !isInputRedirected && !isOutputRedirected ? [InteractiveCommand.Name] : args;
    }
}
