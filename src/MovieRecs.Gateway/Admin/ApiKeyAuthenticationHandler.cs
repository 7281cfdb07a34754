using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace MovieRecs.Gateway.Admin;

/// <summary>
/// Authenticates admin requests by the X-Api-Key header against the configured admin API key, and
/// responds to challenges with a problem document: 403 when no key is configured, 401 when the header
/// is missing or wrong.
/// </summary>
/// <remarks>
/// The key is compared through SHA-256 digests with <see cref="CryptographicOperations.FixedTimeEquals"/>,
/// so the time taken reveals neither the matching prefix nor the key's length.
/// </remarks>
internal sealed partial class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptionsMonitor<AdminOptions> adminOptions,
    IProblemDetailsService problemDetailsService)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    /// <summary>The authentication scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The request header that carries the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>The role an authenticated admin request has.</summary>
    public const string AdminRole = "admin";

    private const string WrongKeyReason = "The X-Api-Key header does not match the configured admin API key.";

    private readonly ILogger _logger = loggerFactory.CreateLogger<ApiKeyAuthenticationHandler>();

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Since ASP.NET Core 7 the only registered scheme is the default, so this runs on every
        // request. Only endpoints that require the admin policy read the header.
        string? configured = adminOptions.CurrentValue.AdminApiKey;
        if (!RequiresAdminPolicy()
            || string.IsNullOrEmpty(configured)
            || !Request.Headers.TryGetValue(HeaderName, out StringValues values)
            || StringValues.IsNullOrEmpty(values))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (values.Count > 1 || !KeysMatch(values[0]!, configured))
        {
            LogWrongKey(Request.Method, Request.Path);
            return Task.FromResult(AuthenticateResult.Fail(WrongKeyReason));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, AdminRole), new Claim(ClaimTypes.Role, AdminRole)],
            SchemeName);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName);
        return Task.FromResult(AuthenticateResult.Success(ticket));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (string.IsNullOrEmpty(adminOptions.CurrentValue.AdminApiKey))
        {
            await WriteProblemAsync(
                StatusCodes.Status403Forbidden,
                "Admin routes disabled",
                $"The admin routes are disabled because no admin API key is configured. Set " +
                $"{AdminOptions.ApiKeySetting} (environment variable MovieRecs__Gateway__AdminApiKey) to a " +
                $"random secret of at least {AdminOptions.MinApiKeyLength} characters, restart the gateway " +
                $"and send the key in the {HeaderName} header.");
            return;
        }

        AuthenticateResult result = await HandleAuthenticateOnceSafeAsync();
        string detail = result.Failure is null
            ? $"{Request.Method} {Request.Path} requires the admin API key. Send the key configured in " +
                $"{AdminOptions.ApiKeySetting} in the {HeaderName} header."
            : $"{WrongKeyReason} Send the key configured in {AdminOptions.ApiKeySetting}.";
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "Admin API key required", detail);
    }

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(
            StatusCodes.Status403Forbidden,
            "Forbidden",
            $"The credentials of this request do not grant the {AdminRole} role that {Request.Path} requires.");

    private bool RequiresAdminPolicy() =>
        Context.GetEndpoint()?.Metadata
            .GetOrderedMetadata<IAuthorizeData>()
            .Any(data => data.Policy == AdminSetup.AdminPolicy) == true;

    private static bool KeysMatch(string sent, string configured)
    {
        // Equal-length digests keep FixedTimeEquals from returning early on a length mismatch.
        Span<byte> sentHash = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> configuredHash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(sent), sentHash);
        SHA256.HashData(Encoding.UTF8.GetBytes(configured), configuredHash);
        return CryptographicOperations.FixedTimeEquals(sentHash, configuredHash);
    }

    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = detail,
            Type = status == StatusCodes.Status401Unauthorized
                ? "https://tools.ietf.org/html/rfc9110#section-15.5.2"
                : "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        };
        await problemDetailsService.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = problem,
        });
    }

    [LoggerMessage(
        EventId = 3050,
        Level = LogLevel.Warning,
        Message = "Rejected {Method} {Path}: the X-Api-Key header does not match the admin API key")]
    private partial void LogWrongKey(string method, PathString path);
}
