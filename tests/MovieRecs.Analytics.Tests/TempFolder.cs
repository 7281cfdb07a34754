using System.Text;

namespace MovieRecs.Analytics.Tests;

/// <summary>A fresh directory under the system temp folder, deleted with its contents on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("movierecs-analytics-").FullName;

    public string Path { get; }

    /// <summary>Writes text as UTF-8 without a byte order mark and returns the file's path.</summary>
    public string Write(string name, string content) =>
        WriteBytes(name, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content));

    public string WriteBytes(string name, byte[] content)
    {
        string path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
