namespace MovieRecs.Silo.Tests;

public sealed class ProgramTests(DataDirectoryFixture data) : IClassFixture<DataDirectoryFixture>
{
    [Fact]
    public async Task Main_InvalidPort_Returns2()
    {
        string[] args = ["--MovieRecs:DataDirectory", data.ValidDirectory, "--MovieRecs:SiloPort", "0"];

        int exitCode = await Program.Main(args);

        Assert.Equal(2, exitCode);
    }

    [Fact]
    public async Task Main_NoRatingsFile_Returns2()
    {
        int exitCode = await Program.Main(["--data", data.MoviesOnlyDirectory]);

        Assert.Equal(2, exitCode);
    }
}
