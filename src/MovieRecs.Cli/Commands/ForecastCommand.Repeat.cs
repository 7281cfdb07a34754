using System.CommandLine;

namespace MovieRecs.Cli.Commands;

internal static partial class ForecastCommand
{
    private static Command CreateRepeat() => new("repeat", "placeholder");
}
