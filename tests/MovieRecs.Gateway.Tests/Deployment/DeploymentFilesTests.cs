using k8s;
using k8s.Models;

namespace MovieRecs.Gateway.Tests.Deployment;

/// <summary>
/// Checks docker-compose.yml, the Kubernetes manifests and deploy/local/cluster.sh offline, so a
/// renamed or removed setting, a misspelt manifest field or a missing probe fails here rather than
/// at deployment.
/// </summary>
public sealed class DeploymentFilesTests
{
    private const string ComposeFile = "docker-compose.yml";
    private const string KubernetesFolder = "deploy/kubernetes";
    private const string LocalScript = "deploy/local/cluster.sh";

    [Fact]
    public void Compose_Settings_AreOptions()
    {
        var settings = new List<DeploymentSetting>();
        foreach ((string name, Dictionary<object, object> service) in ComposeServices())
        {
            settings.AddRange(Environment(service)
                .Where(variable => IsMovieRecsSetting(variable.Key))
                .Select(variable => new DeploymentSetting($"{ComposeFile}: {name}", variable.Key, variable.Value)));
        }

        List<string> failures = DeploymentFiles.FindInvalidSettings(settings);

        Assert.NotEmpty(settings);
        Assert.Empty(failures);
    }

    [Fact]
    public void Compose_EveryService_HasHealthCheck()
    {
        Dictionary<string, Dictionary<object, object>> services = ComposeServices();

        Assert.Contains("gateway", services.Keys);
        Assert.True(services.Keys.Count(name => name.StartsWith("silo", StringComparison.Ordinal)) >= 2);
        foreach ((string name, Dictionary<object, object> service) in services)
        {
            Assert.True(service.ContainsKey("healthcheck"), $"The compose service {name} has no healthcheck.");
        }
    }

    [Fact]
    public void Compose_Redis_FsyncsEveryWrite()
    {
        var command = (List<object>)ComposeServices()["redis"]["command"];
        List<string> arguments = command.Select(argument => (string)argument).ToList();

        Assert.Equal("yes", ValueAfter(arguments, "--appendonly"));
        Assert.Equal("always", ValueAfter(arguments, "--appendfsync"));
    }

    [Fact]
    public void Compose_GatewayMode_IsClient()
    {
        Dictionary<string, string> gateway = Environment(ComposeServices()["gateway"]);

        Assert.Equal("Client", gateway["MovieRecs__Gateway__Mode"]);
        Assert.Equal("redis", gateway["MovieRecs__Clustering"]);
    }

    [Fact]
    public void Kubernetes_Manifests_ParseStrictly()
    {
        // Strict loading rejects any field the Kubernetes object model does not have.
        List<object> objects = KubernetesObjects();

        Assert.Contains(objects, item => item is V1Namespace);
        Assert.Equal(2, objects.OfType<V1StatefulSet>().Count());
        Assert.Equal(2, objects.OfType<V1Deployment>().Count());
    }

    [Fact]
    public void Kubernetes_Settings_AreOptions()
    {
        List<object> objects = KubernetesObjects();
        var settings = new List<DeploymentSetting>();
        foreach (V1ConfigMap map in objects.OfType<V1ConfigMap>())
        {
            settings.AddRange(map.Data
                .Where(entry => IsMovieRecsSetting(entry.Key))
                .Select(entry => new DeploymentSetting("ConfigMap " + map.Name(), entry.Key, entry.Value)));
        }

        foreach (V1Deployment deployment in objects.OfType<V1Deployment>())
        {
            string owner = "Deployment " + deployment.Name();
            settings.AddRange(deployment.Spec.Template.Spec.Containers
                .SelectMany(container => container.Env ?? [])
                .Where(variable => IsMovieRecsSetting(variable.Name))
                .Select(variable => new DeploymentSetting(owner, variable.Name, variable.Value)));
        }

        List<string> failures = DeploymentFiles.FindInvalidSettings(settings);

        Assert.NotEmpty(settings);
        Assert.Empty(failures);
    }

    [Fact]
    public void Kubernetes_SiloLabels_MatchClusterIds()
    {
        List<object> objects = KubernetesObjects();
        V1ConfigMap settings = Assert.Single(objects.OfType<V1ConfigMap>());
        V1Deployment silo = SiloDeployment(objects);
        IDictionary<string, string> labels = silo.Spec.Template.Metadata.Labels;

        Assert.Equal(settings.Data["MovieRecs__ServiceId"], labels["orleans/serviceId"]);
        Assert.Equal(settings.Data["MovieRecs__ClusterId"], labels["orleans/clusterId"]);
    }

    [Fact]
    public void Kubernetes_Silo_HasHostingEnvironment()
    {
        V1Deployment silo = SiloDeployment(KubernetesObjects());
        V1Container container = Assert.Single(silo.Spec.Template.Spec.Containers);
        Dictionary<string, V1EnvVar> environment = container.Env.ToDictionary(variable => variable.Name);

        Assert.Equal("true", environment["MovieRecs__KubernetesHosting"].Value);
        Assert.Equal("metadata.name", environment["POD_NAME"].ValueFrom.FieldRef.FieldPath);
        Assert.Equal("metadata.namespace", environment["POD_NAMESPACE"].ValueFrom.FieldRef.FieldPath);
        Assert.Equal("status.podIP", environment["POD_IP"].ValueFrom.FieldRef.FieldPath);
    }

    [Fact]
    public void Kubernetes_SiloAccount_MayWatchPods()
    {
        List<object> objects = KubernetesObjects();
        string account = SiloDeployment(objects).Spec.Template.Spec.ServiceAccountName;
        V1RoleBinding binding = Assert.Single(objects.OfType<V1RoleBinding>());
        V1Role role = Assert.Single(objects.OfType<V1Role>());
        V1PolicyRule rule = Assert.Single(role.Rules);

        Assert.Contains(objects.OfType<V1ServiceAccount>(), item => item.Name() == account);
        Assert.Contains(binding.Subjects, subject => subject.Kind == "ServiceAccount" && subject.Name == account);
        Assert.Equal(role.Name(), binding.RoleRef.Name);
        Assert.Equal(["pods"], rule.Resources);
        foreach (string verb in (string[])["get", "list", "watch", "patch"])
        {
            Assert.Contains(verb, rule.Verbs);
        }
    }

    [Fact]
    public void Kubernetes_EveryContainer_HasProbes()
    {
        List<object> objects = KubernetesObjects();
        IEnumerable<(string Owner, V1PodSpec Pod)> deployments = objects.OfType<V1Deployment>()
            .Select(item => ("Deployment " + item.Name(), item.Spec.Template.Spec));
        IEnumerable<(string Owner, V1PodSpec Pod)> statefulSets = objects.OfType<V1StatefulSet>()
            .Select(item => ("StatefulSet " + item.Name(), item.Spec.Template.Spec));
        List<(string Owner, V1PodSpec Pod)> pods = deployments.Concat(statefulSets).ToList();

        Assert.Equal(4, pods.Count);

        foreach ((string owner, V1PodSpec pod) in pods)
        {
            foreach (V1Container container in pod.Containers)
            {
                string name = $"{owner} container {container.Name}";
                Assert.True(container.ReadinessProbe is not null, $"{name} has no readiness probe.");
                Assert.True(container.LivenessProbe is not null, $"{name} has no liveness probe.");
            }
        }
    }

    [Fact]
    public void LocalScript_Settings_AreOptions()
    {
        List<DeploymentSetting> settings =
            DeploymentFiles.CommandLineSettings(DeploymentFiles.PathOf(LocalScript)).ToList();

        List<string> failures = DeploymentFiles.FindInvalidSettings(settings);

        Assert.Contains(settings, setting => setting.Key == "MovieRecs:Gateway:Mode");
        Assert.Contains(settings, setting => setting.Key == "MovieRecs:DataDirectory");
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("MOVIERECS_SILO_PORT", "abc", "MOVIERECS_SILO_PORT is 'abc'; set it to a TCP port from 1 to 65534")]
    [InlineData("MOVIERECS_SILO_GATEWAY_PORT", "65535", "MOVIERECS_SILO_GATEWAY_PORT is '65535'")]
    [InlineData("MOVIERECS_SILO_PORT", "30001", "give overlapping ranges for 2 silos")]
    [InlineData("MOVIERECS_SILO_PORT", "022220", "MOVIERECS_SILO_PORT is '022220'")]
    [InlineData("MOVIERECS_HTTP_PORT", "30001", "MOVIERECS_HTTP_PORT (30001) falls in the ports MOVIERECS_SILO_GATEWAY_PORT")]
    public async Task LocalScript_BadPort_StopsBeforeStarting(string variable, string value, string message)
    {
        string stateDirectory = Directory.CreateTempSubdirectory("movierecs-cluster-check-").FullName;
        var start = new System.Diagnostics.ProcessStartInfo("bash", [DeploymentFiles.PathOf(LocalScript), "start"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["MOVIERECS_CLUSTER_DIR"] = stateDirectory;
        start.Environment[variable] = value;

        using var process = System.Diagnostics.Process.Start(start)!;
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        bool startedAnything = Directory.EnumerateFileSystemEntries(stateDirectory).Any();
        Directory.Delete(stateDirectory, recursive: true);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(startedAnything);
    }

    [Fact]
    public void FindInvalidSettings_BadNameOrValue_ReportsEach()
    {
        DeploymentSetting[] settings =
        [
            new("a", "MovieRecs__SiloPort", "11111"),
            new("b", "MovieRecs__SiloPrt", "11111"),
            new("c", "MovieRecs__SiloPort", "eleven"),
            new("d", "MovieRecs__Gateway__Mode", "Proxy"),
            new("e", "Orleans__ClusterId", "x"),
        ];

        List<string> failures = DeploymentFiles.FindInvalidSettings(settings);

        Assert.Equal(4, failures.Count);
        Assert.StartsWith("b: MovieRecs__SiloPrt names no settable", failures[0], StringComparison.Ordinal);
        Assert.StartsWith("c: MovieRecs__SiloPort='eleven' does not bind", failures[1], StringComparison.Ordinal);
        Assert.StartsWith("d: MovieRecs__Gateway__Mode='Proxy' does not", failures[2], StringComparison.Ordinal);
        Assert.StartsWith("e: Orleans__ClusterId is not in the MovieRecs", failures[3], StringComparison.Ordinal);
    }

    private static Dictionary<string, Dictionary<object, object>> ComposeServices()
    {
        Dictionary<object, object> compose =
            DeploymentFiles.LoadYamlWithMerges(DeploymentFiles.PathOf(ComposeFile));
        var services = (Dictionary<object, object>)compose["services"];
        return services.ToDictionary(
            service => (string)service.Key,
            service => (Dictionary<object, object>)service.Value);
    }

    private static Dictionary<string, string> Environment(Dictionary<object, object> service)
    {
        if (!service.TryGetValue("environment", out object? environment))
        {
            return [];
        }

        return ((Dictionary<object, object>)environment)
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value);
    }

    private static bool IsMovieRecsSetting(string name) =>
        name.StartsWith(DeploymentFiles.EnvironmentPrefix, StringComparison.Ordinal);

    private static List<object> KubernetesObjects()
    {
        var objects = new List<object>();
        string folder = DeploymentFiles.PathOf(KubernetesFolder);
        foreach (string file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            objects.AddRange(KubernetesYaml.LoadAllFromString(File.ReadAllText(file), typeMap: null, strict: true));
        }

        return objects;
    }

    /// <summary>Returns the one Deployment that runs under a service account: the silos.</summary>
    private static V1Deployment SiloDeployment(List<object> objects) =>
        Assert.Single(
            objects.OfType<V1Deployment>(),
            item => item.Spec.Template.Spec.ServiceAccountName is not null);

    private static string? ValueAfter(List<string> arguments, string option)
    {
        int position = arguments.IndexOf(option);
        return position >= 0 && position + 1 < arguments.Count ? arguments[position + 1] : null;
    }
}
