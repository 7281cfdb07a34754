using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace MovieRecs.Cli.Load;

/// <summary>Builds and sends the HTTP requests of each scenario to the gateway.</summary>
/// <param name="client">A client whose base address is the gateway.</param>
/// <param name="settings">The run's users, model and list size.</param>
/// <param name="movieIds">Movies the gateway knows, for the rating posts; at least one.</param>
internal sealed class ScenarioRequests(HttpClient client, LoadSettings settings, IReadOnlyList<int> movieIds)
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    /// <summary>The number of distinct half-star ratings, 0.5 to 5.0.</summary>
    private const int HalfStarCount = 10;

    /// <summary>
    /// Sends operation number <paramref name="sequence"/> of the scenario and returns the latency
    /// of its timed request. A non-success status, a transport failure or a timeout is returned
    /// as an error, never thrown; cancellation is thrown.
    /// </summary>
    public async Task<RequestOutcome> SendAsync(LoadScenario scenario, long sequence, CancellationToken cancellationToken)
    {
        int user = UserAt(sequence);
        switch (scenario)
        {
            case LoadScenario.Cached:
                return await GetRecommendationsAsync(settings.FirstUser, cancellationToken).ConfigureAwait(false);
            case LoadScenario.Post:
                return await PostRatingAsync(user, sequence, cancellationToken).ConfigureAwait(false);
            case LoadScenario.Uncached:
                RequestOutcome post = await PostRatingAsync(user, sequence, cancellationToken).ConfigureAwait(false);
                return post.Error is null
                    ? await GetRecommendationsAsync(user, cancellationToken).ConfigureAwait(false)
                    : post;
            case LoadScenario.HotItem:
                return await GetSimilarAsync(movieIds[0], cancellationToken).ConfigureAwait(false);
            case LoadScenario.SpreadItems:
                return await GetSimilarAsync(movieIds[(int)(sequence % movieIds.Count)], cancellationToken)
                    .ConfigureAwait(false);
            default:
                throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Unknown load scenario.");
        }
    }

    /// <summary>Returns the user of an operation: the users of the range in turn.</summary>
    public int UserAt(long sequence) => settings.FirstUser + (int)(sequence % settings.UserCount);

    /// <summary>
    /// Returns the rating body of an operation: each pass over the users moves to the next movie,
    /// and the rating steps through 0.5, 1.0, ..., 5.0.
    /// </summary>
    public string RatingBodyAt(long sequence)
    {
        int movieId = movieIds[(int)(sequence / settings.UserCount % movieIds.Count)];
        double rating = 0.5 * (1 + (sequence % HalfStarCount));
        return string.Create(CultureInfo.InvariantCulture, $"{{\"movieId\":{movieId},\"rating\":{rating:0.0}}}");
    }

    private Task<RequestOutcome> GetRecommendationsAsync(int user, CancellationToken cancellationToken)
    {
        string path = string.Create(
            CultureInfo.InvariantCulture,
            $"api/users/{user}/recommendations?n={settings.Count}&model={Uri.EscapeDataString(settings.Model)}");
        return SendTimedAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
    }

    private Task<RequestOutcome> GetSimilarAsync(int movieId, CancellationToken cancellationToken)
    {
        string path = string.Create(CultureInfo.InvariantCulture, $"api/movies/{movieId}/similar?n={settings.Count}");
        return SendTimedAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
    }

    private Task<RequestOutcome> PostRatingAsync(int user, long sequence, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(
            HttpMethod.Post,
            string.Create(CultureInfo.InvariantCulture, $"api/users/{user}/ratings"))
        {
            Content = new StringContent(RatingBodyAt(sequence), JsonContentType),
        };
        return SendTimedAsync(request, cancellationToken);
    }

    private async Task<RequestOutcome> SendTimedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            string method = request.Method.Method;
            long start = Stopwatch.GetTimestamp();
            try
            {
                // The default completion option reads the whole body, so the latency includes it.
                using HttpResponseMessage response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
                TimeSpan latency = Stopwatch.GetElapsedTime(start);
                return response.IsSuccessStatusCode
                    ? RequestOutcome.Success(latency)
                    : RequestOutcome.Failure(string.Create(CultureInfo.InvariantCulture, $"{method} {(int)response.StatusCode}"));
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return RequestOutcome.Failure($"{method} timeout");
            }
            catch (HttpRequestException exception)
            {
                string reason = exception.HttpRequestError.ToString();
                return RequestOutcome.Failure($"{method} {reason}");
            }
        }
    }
}
