using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MovieRecs.Grains;
using MovieRecs.Grains.Workers;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;
using Orleans.Storage;

namespace MovieRecs.Silo.Tests;

public sealed class MovieRecsSiloBuilderExtensionsTests(DataDirectoryFixture data) : IClassFixture<DataDirectoryFixture>
{
    [Fact]
    public void ReadOptions_Section_BindsEveryValue()
    {
        IConfiguration configuration = Configuration(new()
        {
            ["MovieRecs:DataDirectory"] = data.ValidDirectory,
            ["MovieRecs:SiloPort"] = "21111",
            ["MovieRecs:GatewayPort"] = "31111",
            ["MovieRecs:ShardCount"] = "3",
            ["MovieRecs:BuildSimilarityOnStartup"] = "false",
        });

        MovieRecsSiloOptions options = MovieRecsSiloBuilderExtensions.ReadOptions(configuration);

        Assert.Equal(data.ValidDirectory, options.DataDirectory);
        Assert.Equal(21111, options.SiloPort);
        Assert.Equal(31111, options.GatewayPort);
        Assert.Equal(3, options.ShardCount);
        Assert.False(options.BuildSimilarityOnStartup);
    }

    [Fact]
    public void ReadOptions_BadPort_ThrowsNamingPort()
    {
        IConfiguration configuration = Configuration(new()
        {
            ["MovieRecs:DataDirectory"] = data.ValidDirectory,
            ["MovieRecs:SiloPort"] = "0",
        });

        var exception = Assert.Throws<OptionsValidationException>(
            () => MovieRecsSiloBuilderExtensions.ReadOptions(configuration));

        Assert.Contains("MovieRecs:SiloPort is 0", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMovieRecsSilo_MissingData_Throws()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        IConfiguration configuration = Configuration(new() { ["MovieRecs:DataDirectory"] = data.MissingDirectory });

        var exception = Assert.Throws<OptionsValidationException>(
            () => builder.UseOrleans(silo => silo.AddMovieRecsSilo(configuration)));

        Assert.Contains(data.MissingDirectory, exception.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMovieRecsSilo_Valid_RegistersServices()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        IConfiguration configuration = Configuration(new()
        {
            ["MovieRecs:DataDirectory"] = data.ValidDirectory,
            ["MovieRecs:ShardCount"] = "5",
        });

        builder.UseOrleans(silo => silo.AddMovieRecsSilo(configuration));
        using IHost host = builder.Build();

        Assert.NotNull(host.Services.GetService<RecommendationModelStore>());
        Assert.NotNull(host.Services.GetService<CpuWorkLimiter>());
        Assert.NotNull(host.Services.GetKeyedService<IGrainStorage>(GrainStorage.Name));
        Assert.Equal(5, host.Services.GetRequiredService<IOptions<SimilarityJobOptions>>().Value.ShardCount);
        Assert.Equal(
            data.ValidDirectory,
            host.Services.GetRequiredService<IOptions<ModelStoreOptions>>().Value.DataDirectory);
        Assert.Equal(
            data.ValidDirectory,
            host.Services.GetRequiredService<IOptions<MovieRecsSiloOptions>>().Value.DataDirectory);
    }

    [Fact]
    public void AddMovieRecsSilo_Redis_ListensOnAdvertisedAddress()
    {
        using IHost host = BuildRedisSilo(kubernetesHosting: false);

        EndpointOptions endpoints = host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;

        Assert.Equal(IPAddress.Loopback, endpoints.AdvertisedIPAddress);
        Assert.Equal(21112, endpoints.SiloPort);
        Assert.Equal(31112, endpoints.GatewayPort);
        Assert.Null(endpoints.SiloListeningEndpoint);
        Assert.Null(host.Services.GetService<IValidateOptions<KubernetesHostingOptions>>());
    }

    [Fact]
    public void AddMovieRecsSilo_KubernetesHosting_ListensOnAnyAddress()
    {
        // Kubernetes sets POD_IP in a pod; without it, Kubernetes hosting resolves the machine
        // name for the advertised address, which fails on a host whose name does not resolve.
        string? podIp = Environment.GetEnvironmentVariable("POD_IP");
        Environment.SetEnvironmentVariable("POD_IP", "127.0.0.1");
        EndpointOptions endpoints;
        try
        {
            using IHost host = BuildRedisSilo(kubernetesHosting: true);
            endpoints = host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
            Assert.NotNull(host.Services.GetService<IValidateOptions<KubernetesHostingOptions>>());
        }
        finally
        {
            Environment.SetEnvironmentVariable("POD_IP", podIp);
        }

        Assert.Equal(new IPEndPoint(IPAddress.Any, 21112), endpoints.SiloListeningEndpoint);
        Assert.Equal(new IPEndPoint(IPAddress.Any, 31112), endpoints.GatewayListeningEndpoint);
    }

    [Fact]
    public void AddServices_NoStartupBuild_OmitsTask()
    {
        int enabled = CountLifecycleParticipants(buildOnStartup: true);
        int disabled = CountLifecycleParticipants(buildOnStartup: false);

        Assert.Equal(enabled - 1, disabled);
    }

    private int CountLifecycleParticipants(bool buildOnStartup)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering()
            .AddMovieRecsServices(new MovieRecsSiloOptions
            {
                DataDirectory = data.ValidDirectory,
                BuildSimilarityOnStartup = buildOnStartup,
            }));
        return builder.Services.Count(service => service.ServiceType == typeof(ILifecycleParticipant<ISiloLifecycle>));
    }

    /// <summary>
    /// Builds a silo host in redis clustering without starting it, so nothing connects to Redis.
    /// </summary>
    private IHost BuildRedisSilo(bool kubernetesHosting)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        IConfiguration configuration = Configuration(new()
        {
            ["MovieRecs:DataDirectory"] = data.ValidDirectory,
            ["MovieRecs:Clustering"] = "redis",
            ["MovieRecs:RedisConnectionString"] = "127.0.0.1:6379",
            ["MovieRecs:SiloPort"] = "21112",
            ["MovieRecs:GatewayPort"] = "31112",
            ["MovieRecs:KubernetesHosting"] = kubernetesHosting ? "true" : "false",
        });

        builder.UseOrleans(silo => silo.AddMovieRecsSilo(configuration));
        return builder.Build();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
