using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MovieRecs.Grains.Analytics;
using MovieRecs.Grains.Coordination;
using MovieRecs.Grains.Placement;
using MovieRecs.Grains.Telemetry;
using MovieRecs.Grains.Workers;

namespace MovieRecs.Grains;

/// <summary>Registers the MovieRecs grains' services on a silo.</summary>
public static class GrainsSiloBuilderExtensions
{
    /// <summary>
    /// Registers the per-silo <see cref="RecommendationModelStore"/>, which loads the data set
    /// while the silo starts, the worker placement, the job and analytics settings and the <see
    /// cref="MovieRecsMetrics"/> instruments. The grains also need a
    /// grain storage provider named <see cref="GrainStorage.Name"/>, which the host adds.
    /// </summary>
    public static ISiloBuilder AddMovieRecsGrains(
        this ISiloBuilder builder,
        Action<ModelStoreOptions> configureModels,
        Action<SimilarityJobOptions>? configureJobs = null,
        Action<AnalyticsOptions>? configureAnalytics = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureModels);

        builder.Services.Configure(configureModels);
        builder.Services.Configure(configureJobs ?? (_ => { }));
        builder.Services.Configure(configureAnalytics ?? (_ => { }));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<MovieRecsMetrics>();
        builder.Services.AddSingleton<RecommendationModelStore>();
        builder.Services.AddSingleton<CpuWorkLimiter>();
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(
            services => services.GetRequiredService<RecommendationModelStore>());
        builder.Services.AddPlacementDirector<KeyModuloPlacement, KeyModuloPlacementDirector>();
        builder.Services.AddHostedService<DataReloadPoller>();
        builder.Services.AddHostedService<CoordinatorWatch>();
        return builder;
    }

    /// <summary>
    /// Adds the startup task that starts the similarity builds once the silo is active.
    /// </summary>
    public static ISiloBuilder AddSimilarityBuildOnStartup(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddStartupTask<SimilarityStartupTask>();
    }

    /// <summary>
    /// Adds the startup task that activates the analytics grain once the silo is active, which
    /// starts its scheduled refresh.
    /// </summary>
    public static ISiloBuilder AddAnalyticsRefreshOnStartup(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddStartupTask<AnalyticsStartupTask>();
    }
}
