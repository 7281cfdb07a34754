using System.Globalization;
using MovieRecs.Algorithms.Data;
using MovieRecs.Algorithms.Recommenders;
using MovieRecs.Algorithms.Similarity;
using Spectre.Console;

namespace MovieRecs.Cli.Interactive;

/// <summary>
/// The read-eval loop of `movierecs interactive`: choose a user, see their recommendations, rate a
/// movie, list similar movies. Ratings given here change only this session's profile.
/// </summary>
internal sealed class InteractiveSession(
    MovieLensDataset dataset,
    IRecommender model,
    TextReader input,
    TextWriter output,
    IAnsiConsole console)
{
    private const int ListLength = 10;
    private const string Help =
        "Commands: user ID (or just ID) shows the user's top 10; rate MOVIE STARS rates a movie (0.5-5.0 in half " +
        "stars) for the current user; similar MOVIE lists the 10 most similar movies; help; quit.";

    private readonly Dictionary<int, Dictionary<int, double>> _sessionRatings = [];
    private ItemKnnRecommender? _similarity;
    private IRecommender? _fallback;
    private int? _userId;

    /// <summary>Reads commands until quit or the end of the input.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"MovieRecs interactive, model {model.Name}. {Help}").ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync(_userId is int user ? $"user {user}> " : "> ").ConfigureAwait(false);
            string? line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                await output.WriteLineAsync().ConfigureAwait(false);
                break;
            }

            string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0)
            {
                continue;
            }

            if (words[0] is "quit" or "exit" or "q")
            {
                break;
            }

            await output.WriteLineAsync(Execute(words)).ConfigureAwait(false);
        }

        await output.WriteLineAsync("Bye.").ConfigureAwait(false);
    }

    /// <summary>Runs one command and returns its message; tables go to the console.</summary>
    private string Execute(string[] words)
    {
        string command = words[0].ToLowerInvariant();
        if (int.TryParse(command, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return SelectUser(words[0]);
        }

        return command switch
        {
            "user" when words.Length == 2 => SelectUser(words[1]),
            "rate" when words.Length == 3 => Rate(words[1], words[2]),
            "similar" when words.Length == 2 => Similar(words[1]),
            "help" or "?" => Help,
            _ => $"error: '{string.Join(' ', words)}' is not a command. {Help}",
        };
    }

    private string SelectUser(string value)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int userId) || userId <= 0)
        {
            return $"error: the user id '{value}' is invalid: it must be a positive integer.";
        }

        _userId = userId;
        return ShowRecommendations(userId);
    }

    private string Rate(string movieValue, string starsValue)
    {
        if (_userId is not int userId)
        {
            return "error: no user is selected; enter 'user ID' first.";
        }

        if (ParseMovie(movieValue, out Movie? movie) is string error)
        {
            return error;
        }

        if (!double.TryParse(starsValue, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double stars)
            || stars < 0.5 || stars > 5.0 || Math.Abs((stars * 2) - Math.Round(stars * 2)) > 1e-9)
        {
            return $"error: the rating '{starsValue}' is invalid: it must be 0.5 to 5.0 in steps of 0.5.";
        }

        if (!_sessionRatings.TryGetValue(userId, out Dictionary<int, double>? ratings))
        {
            ratings = [];
            _sessionRatings[userId] = ratings;
        }

        ratings[movie!.MovieId] = stars;

        // Written before the new list, which the console prints while this method runs.
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Rated {movie.Title} {stars:0.0} for user {userId} (this session only)."));
        return ShowRecommendations(userId);
    }

    private string Similar(string movieValue)
    {
        if (ParseMovie(movieValue, out Movie? movie) is string error)
        {
            return error;
        }

        if (_similarity is null)
        {
            // Fitted on first use: the neighbor build takes a few seconds on ml-latest-small.
            _similarity = (ItemKnnRecommender)RecommenderCatalog.Create("item-knn");
            _similarity.Fit(TrainingData.FromDataset(dataset));
        }

        MovieNeighbor[] neighbors = _similarity.NeighborsOf(movie!.MovieId).Take(ListLength).ToArray();
        var table = MovieTable("Cosine");
        foreach ((MovieNeighbor neighbor, int rank) in neighbors.Select((neighbor, index) => (neighbor, index + 1)))
        {
            AddRow(table, rank, neighbor.MovieId, neighbor.Similarity);
        }

        console.Write(table);
        return neighbors.Length == 0
            ? $"{movie.Title} has no similar movie: no user rated it together with another movie."
            : $"The {neighbors.Length} movies most similar to {movie.Title} (item-knn, cosine).";
    }

    private string ShowRecommendations(int userId)
    {
        var ratings = dataset.Ratings
            .Where(rating => rating.UserId == userId)
            .ToDictionary(rating => rating.MovieId, rating => rating.Value);
        foreach ((int movieId, double stars) in _sessionRatings.GetValueOrDefault(userId) ?? [])
        {
            ratings[movieId] = stars;
        }

        var profile = new UserProfile(userId, ratings);

        // A user without ratings is served by the popularity baseline, as the gateway does.
        IReadOnlyList<ScoredMovie> movies = profile.IsEmpty
            ? Fallback().Recommend(profile, ListLength)
            : model.Recommend(profile, ListLength);
        var table = MovieTable("Score");
        for (int rank = 0; rank < movies.Count; rank++)
        {
            AddRow(table, rank + 1, movies[rank].MovieId, movies[rank].Score);
        }

        console.Write(table);
        string servedBy = profile.IsEmpty ? $"{RecommenderCatalog.FallbackModel} (user {userId} has no ratings)" : model.Name;
        return $"Top {movies.Count} for user {userId} ({ratings.Count} ratings) by {servedBy}.";
    }

    private IRecommender Fallback()
    {
        if (_fallback is null)
        {
            _fallback = RecommenderCatalog.Create(RecommenderCatalog.FallbackModel);
            _fallback.Fit(TrainingData.FromDataset(dataset));
        }

        return _fallback;
    }

    private string? ParseMovie(string value, out Movie? movie)
    {
        movie = null;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int movieId) || movieId <= 0)
        {
            return $"error: the movie id '{value}' is invalid: it must be a positive integer.";
        }

        return dataset.TryGetMovie(movieId, out movie) ? null : $"error: movie {movieId} is not in the catalogue.";
    }

    private static Table MovieTable(string scoreHeading) => new Table()
        .AddColumn(new TableColumn("#").RightAligned())
        .AddColumn(new TableColumn("Movie id").RightAligned())
        .AddColumn("Title")
        .AddColumn("Genres")
        .AddColumn(new TableColumn(scoreHeading).RightAligned());

    private void AddRow(Table table, int rank, int movieId, double score)
    {
        dataset.TryGetMovie(movieId, out Movie? movie);
        table.AddRow(
            rank.ToString(CultureInfo.InvariantCulture),
            movieId.ToString(CultureInfo.InvariantCulture),
            Markup.Escape(movie?.Title ?? "?"),
            Markup.Escape(movie is null ? string.Empty : string.Join('|', movie.Genres)),
            score.ToString("F4", CultureInfo.InvariantCulture));
    }
}
