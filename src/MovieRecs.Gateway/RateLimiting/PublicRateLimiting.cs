using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using MovieRecs.Gateway.Operations;

namespace MovieRecs.Gateway.RateLimiting;

/// <summary>
/// The rate limit of the public API routes: a fixed window per client IP address, with the limits
/// from <see cref="RateLimitingOptions"/>. Health, metrics and the web page are not limited.
/// </summary>
internal static partial class PublicRateLimiting
{
    /// <summary>The policy name the public route groups require.</summary>
    public const string PolicyName = "public";

    /// <summary>
    /// Registers the policy and the 429 response, after checking the options.
    /// </summary>
    /// <exception cref="OptionsValidationException">A limit is out of range.</exception>
    public static IServiceCollection AddPublicRateLimiting(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        // The limits are read once at start; changing them needs a restart.
        var options = new RateLimitingOptions();
        configuration.GetSection(RateLimitingOptions.SectionName).Bind(options);
        ThrowIfInvalid(options);

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PolicyName, context => CreatePartition(context, options));
            limiter.OnRejected = (context, cancellationToken) =>
                new ValueTask(WriteRejectionAsync(context, options));
        });
        return services;
    }

    private static RateLimitPartition<string> CreatePartition(HttpContext context, RateLimitingOptions options)
    {
        if (!options.Enabled)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        return RateLimitPartition.GetFixedWindowLimiter(
            ClientAddress(context),
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.PermitLimit,
                Window = options.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    }

    private static async Task WriteRejectionAsync(OnRejectedContext context, RateLimitingOptions options)
    {
        HttpContext http = context.HttpContext;
        TimeSpan retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait)
            ? wait
            : options.Window;
        int retryAfterSeconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        string client = ClientAddress(http);
        string route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.ToString();

        http.RequestServices.GetRequiredService<GatewayMetrics>().RecordRateLimited(route);
        ILogger logger = http.RequestServices
            .GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(PublicRateLimiting));
        LogRejected(logger, client, http.Request.Method, http.Request.Path, retryAfterSeconds);

        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Type = "https://tools.ietf.org/html/rfc6585#section-4",
            Title = "Too many requests",
            Detail =
                $"Client {client} made more than {options.PermitLimit} requests within " +
                $"{FormatWindow(options.Window)}, the limit of {RateLimitingOptions.SectionName}. " +
                $"Retry after {retryAfterSeconds} s, as the Retry-After header says, and send fewer requests.",
            Instance = http.Request.Path,
        };
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = problem,
        });
    }

    private static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string FormatWindow(TimeSpan window) =>
        window.TotalSeconds >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{window.TotalSeconds} s")
            : string.Create(CultureInfo.InvariantCulture, $"{window.TotalMilliseconds} ms");

    private static void ThrowIfInvalid(RateLimitingOptions options)
    {
        const string section = RateLimitingOptions.SectionName;
        var failures = new List<string>();
        if (options.PermitLimit < 1)
        {
            failures.Add($"{section}:PermitLimit is {options.PermitLimit}; it must be at least 1.");
        }

        if (options.Window < TimeSpan.FromMilliseconds(1) || options.Window > TimeSpan.FromDays(1))
        {
            failures.Add(
                $"{section}:Window is {options.Window}; it must be between 00:00:00.001 and 1.00:00:00 " +
                "(a TimeSpan such as 00:00:01).");
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(RateLimitingOptions), failures);
        }
    }

    [LoggerMessage(
        EventId = 3030,
        Level = LogLevel.Debug,
        Message = "Rejected {Method} {Path} from client {Client} with 429: over the rate limit, " +
            "retry after {RetryAfterSeconds} s")]
    private static partial void LogRejected(
        ILogger logger,
        string client,
        string method,
        PathString path,
        int retryAfterSeconds);
}
