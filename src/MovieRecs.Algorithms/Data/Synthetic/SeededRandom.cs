namespace MovieRecs.Algorithms.Data.Synthetic;

/// <summary>
/// A small seeded pseudo-random generator (SplitMix64, Steele, Lea and Flood, "Fast splittable
/// pseudorandom number generators", 2014) whose output depends only on the seed.
/// </summary>
/// <remarks>
/// <see cref="System.Random"/> makes no promise that a seed gives the same sequence in every .NET
/// version, so the generator carries its own. Streams for different purposes are derived with
/// <see cref="Derive"/>, so adding a draw in one stream does not shift another.
/// </remarks>
internal struct SeededRandom
{
    private const double UnitScale = 1.0 / (1UL << 53);

    private ulong _state;

    public SeededRandom(ulong seed)
    {
        _state = seed;
    }

    /// <summary>Creates an independent stream for a purpose and an index, such as one user.</summary>
    public static SeededRandom Derive(ulong seed, ulong purpose, ulong index)
    {
        ulong mixed = Mix(seed ^ Mix(purpose + 0x9E3779B97F4A7C15UL) ^ Mix(index + 0xD1B54A32D192ED03UL));
        return new SeededRandom(mixed);
    }

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Returns a double uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * UnitScale;

    /// <summary>Returns a double uniform in (0, 1), safe to take the logarithm of.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * UnitScale;

    /// <summary>Returns an integer uniform in [0, count).</summary>
    public int NextInt(int count) => (int)(NextDouble() * count);

    /// <summary>Returns a standard normal draw (Box-Muller, one of the pair).</summary>
    public double NextGaussian()
    {
        double radius = Math.Sqrt(-2.0 * Math.Log(NextOpenDouble()));
        return radius * Math.Cos(2.0 * Math.PI * NextDouble());
    }

    /// <summary>Returns an exponential draw with the given mean.</summary>
    public double NextExponential(double mean) => -mean * Math.Log(NextOpenDouble());

    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
