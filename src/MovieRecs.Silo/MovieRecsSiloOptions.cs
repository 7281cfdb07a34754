namespace MovieRecs.Silo;

/// <summary>
/// Settings of a MovieRecs silo, bound from the "MovieRecs" configuration section, which both the
/// silo host and the gateway's embedded silo read.
/// </summary>
public sealed class MovieRecsSiloOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "MovieRecs";

    /// <summary>The directory that contains the MovieLens movies.csv and ratings.csv.</summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>The TCP port silos talk to each other on, on 127.0.0.1.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The TCP port Orleans clients connect to, on 127.0.0.1.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The cluster id that silos and clients of one deployment share.</summary>
    public string ClusterId { get; set; } = "movierecs";

    /// <summary>The service id that stays the same across deployments of the service.</summary>
    public string ServiceId { get; set; } = "movierecs";

    /// <summary>The number of shards a similarity build is split into, 1-1024.</summary>
    public int ShardCount { get; set; } = 8;

    /// <summary>
    /// The number of item grains a similarity build sends lists to at once, 1-10000.
    /// </summary>
    public int PushBatchSize { get; set; } = 256;

    /// <summary>
    /// How often the coordinator asks the workers of running shards where they stand, which bounds
    /// how late a shard lost with its silo starts again; 0.1 s to 10 minutes.
    /// </summary>
    public TimeSpan ShardPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many times one shard may be started before its build fails, 1-100.</summary>
    public int MaxShardAttempts { get; set; } = 5;

    /// <summary>
    /// For fault drills only: how long a worker on this silo waits before it computes a similarity
    /// shard or evaluates a model, so a drill can lose a silo while that work is in flight; 0 (the default) to 10 minutes.
    /// </summary>
    public TimeSpan DrillShardDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// How often the coordinator recomputes the neighbor lists of movies whose ratings changed,
    /// up to 1 hour; 00:00:00 turns the refresh off, so lists change only with full builds.
    /// </summary>
    public TimeSpan NeighborRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often the silo polls for a requested data reload (POST /api/admin/data/reload), up
    /// to 10 minutes; 00:00:00 turns reloads off on this silo.
    /// </summary>
    public TimeSpan DataReloadPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The scheduled refresh of the customer analytics ("MovieRecs:Analytics").</summary>
    public AnalyticsSiloOptions Analytics { get; set; } = new();

    /// <summary>
    /// Whether the silo starts the cosine and Pearson similarity builds once it is active.
    /// </summary>
    public bool BuildSimilarityOnStartup { get; set; } = true;

    /// <summary>
    /// The engine of the ratings system of record: "sqlite" (the embedded default) or "postgresql".
    /// </summary>
    public string RatingStore { get; set; } = "sqlite";

    /// <summary>
    /// The SQLite database file of the embedded system of record, relative to the working directory
    /// unless rooted; created with its folder on first start.
    /// </summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "movierecs.db");

    /// <summary>The Npgsql connection string of the PostgreSQL system of record.</summary>
    public string PostgresConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// How silos and clients find each other: "localhost" (one host, fixed ports, the embedded
    /// default) or "redis" (Orleans' Redis membership table, for silos in separate processes).
    /// </summary>
    public string Clustering { get; set; } = "localhost";

    /// <summary>
    /// The StackExchange.Redis connection string of the membership table and the grain storage in
    /// redis clustering, such as "127.0.0.1:6379".
    /// </summary>
    public string RedisConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// The IP address a silo advertises to the cluster in redis clustering; the silo listens on it
    /// only. Ignored when <see cref="KubernetesHosting"/> is on, because the pod's IP is used then.
    /// </summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>
    /// Whether the silo runs in a Kubernetes pod and uses Orleans' Kubernetes hosting: the pod name
    /// becomes the silo name, the pod IP the advertised address, the silo listens on every address,
    /// and silos whose pods are gone are declared dead. Redis still holds the membership table, so
    /// this needs <see cref="Clustering"/> "redis".
    /// </summary>
    public bool KubernetesHosting { get; set; }
}
