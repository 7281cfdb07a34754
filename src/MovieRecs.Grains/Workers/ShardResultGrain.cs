using MovieRecs.Grains.Abstractions;

namespace MovieRecs.Grains.Workers;

/// <summary>Keeps one finished shard's neighbor lists in grain storage until the merge.</summary>
public sealed class ShardResultGrain(
    [PersistentState("shard", GrainStorage.Name)] IPersistentState<ShardResultGrainState> state)
    : Grain, IShardResultGrain
{
    /// <inheritdoc />
    public async Task StoreAsync(SimilarityShardResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        state.State.Result = result;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<SimilarityShardResult?> GetAsync() => Task.FromResult(state.State.Result);

    /// <inheritdoc />
    public async Task ClearAsync()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        state.State.Result = null;
        DeactivateOnIdle();
    }
}

/// <summary>The persisted part of a <see cref="ShardResultGrain"/>.</summary>
[GenerateSerializer]
[Alias("MovieRecs.ShardResultGrainState")]
public sealed class ShardResultGrainState
{
    /// <summary>The shard's lists, or <see langword="null"/> before they are stored.</summary>
    [Id(0)]
    public SimilarityShardResult? Result { get; set; }
}
