namespace MovieRecs.Gateway.Cluster;

/// <summary>
/// Applies <see cref="RejectedCallRetry"/> to every grain call the gateway makes, so a request
/// that meets a lost or restarted silo is answered instead of failing.
/// </summary>
internal sealed class RejectedCallRetryFilter(RejectedCallRetry retry) : IOutgoingGrainCallFilter
{
    /// <inheritdoc />
    public Task Invoke(IOutgoingGrainCallContext context) =>
        retry.InvokeAsync(context.Invoke, $"{context.InterfaceName}.{context.MethodName}");
}
