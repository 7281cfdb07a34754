using System.Globalization;
using System.Reflection;

namespace MovieRecs.Storage.Migrations;

/// <summary>One versioned schema change, as shipped in this assembly.</summary>
/// <param name="Version">The version, from the file name's leading number.</param>
/// <param name="Name">The file name without the version and extension, such as "create_ratings".</param>
/// <param name="Sql">The statements to run.</param>
public sealed record SchemaMigration(int Version, string Name, string Sql)
{
    /// <summary>
    /// Returns the migrations of one dialect folder ("Sqlite" or "PostgreSql"), ascending by version.
    /// </summary>
    /// <exception cref="InvalidOperationException">A file name does not start with a version, or two share one.</exception>
    public static IReadOnlyList<SchemaMigration> Load(string dialect)
    {
        Assembly assembly = typeof(SchemaMigration).Assembly;
        string prefix = dialect + "/";
        var migrations = new List<SchemaMigration>();
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            string fileName = resource[prefix.Length..^".sql".Length];
            int separator = fileName.IndexOf('_', StringComparison.Ordinal);
            if (separator <= 0
                || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out int version))
            {
                throw new InvalidOperationException(
                    $"Migration '{resource}' must be named NNNN_name.sql, with its version first.");
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new SchemaMigration(version, fileName[(separator + 1)..], reader.ReadToEnd()));
        }

        migrations.Sort((left, right) => left.Version.CompareTo(right.Version));
        for (int index = 1; index < migrations.Count; index++)
        {
            if (migrations[index].Version == migrations[index - 1].Version)
            {
                throw new InvalidOperationException(
                    $"Migrations '{migrations[index - 1].Name}' and '{migrations[index].Name}' share version {migrations[index].Version}.");
            }
        }

        return migrations;
    }
}
