using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using MovieRecs.Silo;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace MovieRecs.Gateway.Tests.Deployment;

/// <summary>A configuration setting as a deployment file writes it, with the file it is in.</summary>
internal sealed record DeploymentSetting(string File, string Key, string? Value)
{
    /// <summary>
    /// The configuration path of <see cref="Key"/>: "MovieRecs__Gateway__Mode" (an environment
    /// variable) and "MovieRecs:Gateway:Mode" (a command-line switch) both give the latter.
    /// </summary>
    public string Path => Key.Replace("__", ":", StringComparison.Ordinal);
}

/// <summary>
/// Reads the repository's deployment files and checks the MovieRecs settings they contain against
/// <see cref="MovieRecsSiloOptions"/> and <see cref="GatewayOptions"/>.
/// </summary>
internal static partial class DeploymentFiles
{
    /// <summary>The prefix of every MovieRecs setting as an environment variable.</summary>
    public const string EnvironmentPrefix = MovieRecsSiloOptions.SectionName + "__";

    private const string GatewayPrefix = GatewayOptions.SectionName + ":";

    /// <summary>The repository root: the first directory above the test output with MovieRecs.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Returns the full path of a file or folder given relative to the repository root.</summary>
    public static string PathOf(string relativePath) =>
        System.IO.Path.Combine(RepositoryRoot, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>
    /// Loads a YAML file as nested dictionaries, lists and strings, with the merge keys ("&lt;&lt;:")
    /// of its anchors applied.
    /// </summary>
    public static Dictionary<object, object> LoadYamlWithMerges(string path)
    {
        using var reader = new StringReader(File.ReadAllText(path));
        var parser = new MergingParser(new Parser(reader));
        return new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(parser);
    }

    /// <summary>Returns the "--MovieRecs:...=" switches in a shell script, without their values.</summary>
    public static IEnumerable<DeploymentSetting> CommandLineSettings(string path)
    {
        string text = File.ReadAllText(path);
        foreach (Match match in CommandLineSwitch().Matches(text))
        {
            yield return new DeploymentSetting(path, match.Groups["key"].Value, Value: null);
        }
    }

    /// <summary>
    /// Returns one message per setting that names no property of the options class its section
    /// binds to, or whose value that property cannot take. A null value is not bound.
    /// </summary>
    public static List<string> FindInvalidSettings(IEnumerable<DeploymentSetting> settings)
    {
        var failures = new List<string>();
        foreach (DeploymentSetting setting in settings)
        {
            string? failure = CheckSetting(setting);
            if (failure is not null)
            {
                failures.Add($"{setting.File}: {failure}");
            }
        }

        return failures;
    }

    private static string? CheckSetting(DeploymentSetting setting)
    {
        string path = setting.Path;
        if (!path.StartsWith(MovieRecsSiloOptions.SectionName + ":", StringComparison.Ordinal))
        {
            return $"{setting.Key} is not in the {MovieRecsSiloOptions.SectionName} section.";
        }

        (Type optionsType, string section) = path.StartsWith(GatewayPrefix, StringComparison.Ordinal)
            ? (typeof(GatewayOptions), GatewayOptions.SectionName)
            : (typeof(MovieRecsSiloOptions), MovieRecsSiloOptions.SectionName);
        string name = path[(section.Length + 1)..];
        PropertyInfo? property = optionsType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        if (property is null || !property.CanWrite)
        {
            return $"{setting.Key} names no settable property of {optionsType.Name}; " +
                "the check is case-sensitive.";
        }

        if (setting.Value is null)
        {
            return null;
        }

        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>(path, setting.Value)])
            .Build();
        object options = Activator.CreateInstance(optionsType)!;
        try
        {
            configuration.GetSection(section).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException exception)
        {
            return $"{setting.Key}='{setting.Value}' does not bind to {optionsType.Name}.{name}: {exception.Message}";
        }

        return null;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(System.IO.Path.Combine(directory.FullName, "MovieRecs.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException(
                $"No MovieRecs.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
        }

        return directory.FullName;
    }

    [GeneratedRegex(@"--(?<key>MovieRecs(?::[A-Za-z]+)+)=")]
    private static partial Regex CommandLineSwitch();
}
