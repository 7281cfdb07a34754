namespace MovieRecs.Cli.Tests;

/// <summary>A temporary MovieLens-format directory with a handful of rows, deleted on dispose.</summary>
internal sealed class SmallDataDirectory : IDisposable
{
    public SmallDataDirectory()
    {
        Path = Directory.CreateTempSubdirectory("movierecs-cli-").FullName;
        File.WriteAllText(System.IO.Path.Combine(Path, "movies.csv"),
            "movieId,title,genres\n" +
            "1,Toy Story (1995),Adventure|Animation|Children|Comedy|Fantasy\n" +
            "2,Jumanji (1995),Adventure|Children|Fantasy\n" +
            "3,\"American President, The (1995)\",Comedy|Drama|Romance\n" +
            "4,Heat (1995),Action|Crime|Thriller\n" +
            "5,Sabrina (1995),Comedy|Romance\n");
        File.WriteAllText(System.IO.Path.Combine(Path, "ratings.csv"),
            "userId,movieId,rating,timestamp\n" +
            "1,1,4.0,964982703\n1,2,3.5,964982704\n1,3,5.0,964982705\n1,4,2.0,964982706\n1,5,4.5,964982707\n" +
            "2,1,5.0,964982703\n2,2,2.0,964982704\n2,4,4.0,964982705\n2,5,3.0,964982706\n2,3,1.5,964982707\n" +
            "3,1,3.0,964982703\n3,3,4.0,964982704\n3,5,5.0,964982705\n3,2,4.5,964982706\n3,4,1.0,964982707\n");
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
