using System.Diagnostics;

namespace MovieRecs.Grains.Tests.Infrastructure;

/// <summary>Waits for a condition by polling, failing with a description after a timeout.</summary>
public static class Polling
{
    public static async Task<T> WaitForAsync<T>(
        Func<Task<T>> probe,
        Func<T, bool> isDone,
        TimeSpan timeout,
        string description)
    {
        var clock = Stopwatch.StartNew();
        T last = await probe();
        while (!isDone(last))
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"Timed out after {timeout.TotalSeconds:F0} s waiting for {description}; last value: {last}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
            last = await probe();
        }

        return last;
    }
}
