using System.CommandLine;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Cli.Interactive;

namespace MovieRecs.Cli.Commands;

/// <summary>
/// `movierecs interactive`: a prompt that shows a user's recommendations, takes ratings and lists
/// similar movies, reading commands line by line from standard input.
/// </summary>
internal static class InteractiveCommand
{
    public const string Name = "interactive";

    public static Command Create(TextReader input)
    {
        Option<string?> data = CommonOptions.CreateDataOption();
        var model = new Option<string>("--model", "-m")
        {
            Description = $"The model: {string.Join(", ", RecommenderCatalog.Names)}.",
            DefaultValueFactory = _ => RecommenderCatalog.DefaultModel,
            HelpName = "NAME",
        };
        model.Validators.Add(result =>
        {
            string? name = result.GetValueOrDefault<string>();
            if (name is not null && !RecommenderCatalog.Contains(name))
            {
                result.AddError($"Unknown model '{name}'. Known models: {string.Join(", ", RecommenderCatalog.Names)}.");
            }
        });

        var command = new Command(
            Name,
            "Open a prompt: enter a user id to see recommendations, rate movies, ask for similar movies, quit. " +
            "movierecs without arguments on a terminal opens it too.")
        {
            data, model,
        };
        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            MovieLensDataset dataset = await CommonOptions
                .LoadDatasetAsync(parseResult.GetValue(data), cancellationToken)
                .ConfigureAwait(false);
            IRecommender recommender = RecommenderCatalog.Create(parseResult.GetValue(model)!);
            await output.WriteLineAsync($"Fitting {recommender.Name} on {dataset.Ratings.Count:N0} ratings...").ConfigureAwait(false);
            recommender.Fit(TrainingData.FromDataset(dataset));

            var session = new InteractiveSession(dataset, recommender, input, output, CommonOptions.CreateConsole(parseResult));
            await session.RunAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }
}
