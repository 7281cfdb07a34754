using System.CommandLine;
using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using Spectre.Console;

namespace MovieRecs.Cli.Commands;

/// <summary>`movierecs recommend`: fits one model on all ratings and prints a user's top-N.</summary>
internal static class RecommendCommand
{
    private const int ExplainedContributions = 3;

    public static Command Create()
    {
        Option<string?> data = CommonOptions.CreateDataOption();
        var user = new Option<int>("--user", "-u") { Description = "The MovieLens user id.", Required = true, HelpName = "ID" };
        var model = new Option<string>("--model", "-m")
        {
            Description = $"The model: {string.Join(", ", RecommenderCatalog.Names)}.",
            DefaultValueFactory = _ => RecommenderCatalog.DefaultModel,
            HelpName = "NAME",
        };
        var count = new Option<int>("-n") { Description = "The number of movies to list, 1 to 100.", DefaultValueFactory = _ => 10 };
        var explain = new Option<bool>("--explain")
        {
            Description = $"Also print, for each movie, the {ExplainedContributions} contributions "
                + "that weigh most in its score.",
        };

        var command = new Command("recommend", "Fit a model on all ratings and list a user's top-N movies.")
        {
            data, user, model, count, explain,
        };
        CommonOptions.AddRangeValidator(user, 1, int.MaxValue, "a positive MovieLens user id");
        CommonOptions.AddRangeValidator(count, 1, 100, "between 1 and 100");
        model.Validators.Add(result =>
        {
            string? name = result.GetValueOrDefault<string>();
            if (name is not null && !RecommenderCatalog.Contains(name))
            {
                result.AddError($"Unknown model '{name}'. Known models: {string.Join(", ", RecommenderCatalog.Names)}.");
            }
        });

        command.SetAction((parseResult, cancellationToken) => CommonOptions.RunAsync(parseResult, async () =>
        {
            MovieLensDataset dataset = await CommonOptions
                .LoadDatasetAsync(parseResult.GetValue(data), cancellationToken)
                .ConfigureAwait(false);
            int userId = parseResult.GetValue(user);
            var profile = new UserProfile(
                userId,
                dataset.Ratings.Where(rating => rating.UserId == userId).Select(rating => KeyValuePair.Create(rating.MovieId, rating.Value)));

            // A user without ratings is served by the popularity baseline, as the gateway does.
            IRecommender recommender = RecommenderCatalog.Create(profile.IsEmpty ? RecommenderCatalog.FallbackModel : parseResult.GetValue(model)!);
            recommender.Fit(TrainingData.FromDataset(dataset));
            IReadOnlyList<ScoredMovie> movies = recommender.Recommend(profile, parseResult.GetValue(count));
            IReadOnlyList<string> reasons = [];
            if (parseResult.GetValue(explain))
            {
                reasons = ExplanationLines(dataset, recommender, profile, movies);
            }

            IAnsiConsole console = CommonOptions.CreateConsole(parseResult);
            string fallback = profile.IsEmpty ? $" (user {userId} has no ratings, so the popularity baseline answers)" : string.Empty;
            console.WriteLine($"Top {movies.Count} for user {userId} by {recommender.Name}{fallback}; score: {recommender.ScoreDescription}.");
            console.Write(MovieTable(dataset, movies));

            // Written to the output directly, because the console wraps long lines mid-sentence at its width.
            foreach (string reason in reasons)
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(reason).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// Describes one contribution as "because you rated TITLE RATING: +W" for a rated movie and
    /// "LABEL: +W" otherwise, with the weight in the score's units.
    /// </summary>
    internal static string DescribeContribution(Contribution contribution, UserProfile profile)
    {
        string weight = FormatWeight(contribution.Weight);
        if (contribution.Kind == ContributionKind.RatedMovie
            && contribution.MovieId is int movieId
            && profile.Ratings.TryGetValue(movieId, out double rating))
        {
            string value = rating.ToString("0.0", CultureInfo.InvariantCulture);
            return $"because you rated {contribution.Label} {value}: {weight}";
        }

        return $"{contribution.Label}: {weight}";
    }

    /// <summary>Formats a weight with its sign, two decimals, or in scientific notation below 0.01.</summary>
    internal static string FormatWeight(double weight)
    {
        string format = weight == 0 || Math.Abs(weight) >= 0.01 ? "+0.00;-0.00;0.00" : "+0.00E+0;-0.00E+0";
        return weight.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>Returns one line per listed movie: its rank, title and strongest contributions.</summary>
    private static List<string> ExplanationLines(
        MovieLensDataset dataset,
        IRecommender recommender,
        UserProfile profile,
        IReadOnlyList<ScoredMovie> movies)
    {
        var lines = new List<string>(movies.Count);
        for (int rank = 0; rank < movies.Count; rank++)
        {
            int movieId = movies[rank].MovieId;
            string title = dataset.TryGetMovie(movieId, out Movie? details) ? details.Title : $"movie {movieId}";
            Explanation? explanation = recommender.Explain(profile, movieId, ExplainedContributions);
            string reasons = explanation is null || explanation.Contributions.Count == 0
                ? "no explanation"
                : string.Join("; ", explanation.Contributions.Select(entry => DescribeContribution(entry, profile)));
            lines.Add($"#{rank + 1} {title}: {reasons}");
        }

        return lines;
    }

    private static Table MovieTable(MovieLensDataset dataset, IReadOnlyList<ScoredMovie> movies)
    {
        var table = new Table()
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn(new TableColumn("Movie id").RightAligned())
            .AddColumn("Title")
            .AddColumn("Genres")
            .AddColumn(new TableColumn("Score").RightAligned());
        for (int rank = 0; rank < movies.Count; rank++)
        {
            ScoredMovie movie = movies[rank];
            dataset.TryGetMovie(movie.MovieId, out Movie? details);
            table.AddRow(
                (rank + 1).ToString(CultureInfo.InvariantCulture),
                movie.MovieId.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(details?.Title ?? "?"),
                Markup.Escape(details is null ? string.Empty : string.Join('|', details.Genres)),
                movie.Score.ToString("F4", CultureInfo.InvariantCulture));
        }

        return table;
    }
}
