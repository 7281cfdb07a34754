namespace MovieRecs.Algorithms.Data.Synthetic;

/// <summary>The purposes that each get their own random stream, so one never shifts another.</summary>
internal static class SyntheticStreams
{
    public const ulong UserCounts = 1;
    public const ulong UserRatings = 2;
    public const ulong MovieIds = 3;
    public const ulong MovieBias = 4;
    public const ulong MovieCatalogue = 5;
    public const ulong Tags = 6;
}
