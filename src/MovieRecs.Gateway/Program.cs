using Microsoft.Extensions.Options;
using MovieRecs.Algorithms.Data;
using MovieRecs.Gateway;
using MovieRecs.Gateway.Admin;
using MovieRecs.Gateway.Analytics;
using MovieRecs.Gateway.Charts;
using MovieRecs.Gateway.Endpoints;
using MovieRecs.Gateway.Errors;
using MovieRecs.Gateway.Operations;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

using (ILoggerFactory startupLoggerFactory = LoggerFactory.Create(logging => logging.AddConsole()))
{
    ILogger startupLogger = startupLoggerFactory.CreateLogger("MovieRecs.Gateway.Startup");
    try
    {
        await builder.AddMovieRecsOrleansAsync(args, startupLogger);
        builder.AddMovieRecsTelemetry();
    }
    catch (Exception exception) when (exception is DataUnavailableException or OptionsValidationException)
    {
        GatewayLog.StartupFailed(startupLogger, exception.Message);
        return 2;
    }
}

builder.AddMovieRecsAdmin();
builder.Services.AddProblemDetails();
builder.Services.AddSingleton<ProfileCache>();
builder.Services.AddExceptionHandler<MovieRecsExceptionHandler>();

WebApplication app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapRecommendationEndpoints();
app.MapRatingEndpoints();
app.MapMovieEndpoints();
app.MapCatalogueEndpoints();
app.MapColdStartEndpoints();
app.MapEvaluationEndpoints();
app.MapChartEndpoints();
app.MapStatsEndpoints();
app.MapAnalyticsEndpoints();
app.MapMovieRecsOperations();
app.MapAdminEndpoints();

await app.RunAsync();
return 0;
