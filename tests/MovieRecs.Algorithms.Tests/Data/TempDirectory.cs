using System.Text;

namespace MovieRecs.Algorithms.Tests.Data;

/// <summary>A fresh directory under the system temp folder, deleted with its contents on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        string name = "movierecs-tests-" + Guid.NewGuid().ToString("N");
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), name);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte order mark.</summary>
    public string Write(string relativePath, string content) =>
        WriteBytes(relativePath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content));

    public string WriteBytes(string relativePath, byte[] content)
    {
        string path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Lists every file and folder below the directory, relative to it, in ordinal order.</summary>
    public string[] ListEntries() => Directory
        .EnumerateFileSystemEntries(Path, "*", SearchOption.AllDirectories)
        .Select(entry => System.IO.Path.GetRelativePath(Path, entry))
        .Order(StringComparer.Ordinal)
        .ToArray();

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
