using Microsoft.AspNetCore.Authentication;

namespace MovieRecs.Gateway.Admin;

/// <summary>Registers the admin routes' settings, authentication scheme and policy.</summary>
internal static class AdminSetup
{
    /// <summary>The authorization policy every admin route requires.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>
    /// Binds <see cref="AdminOptions"/> and validates them at startup, and adds the API key scheme
    /// and the <see cref="AdminPolicy"/> policy.
    /// </summary>
    public static WebApplicationBuilder AddMovieRecsAdmin(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddOptions<AdminOptions>()
            .Bind(builder.Configuration.GetSection(GatewayOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services
            .AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(
                ApiKeyAuthenticationHandler.SchemeName,
                configureOptions: null);
        builder.Services
            .AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(ApiKeyAuthenticationHandler.AdminRole));
        return builder;
    }
}
