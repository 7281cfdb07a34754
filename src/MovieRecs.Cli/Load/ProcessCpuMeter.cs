using System.Diagnostics;

namespace MovieRecs.Cli.Load;

/// <summary>
/// Measures a process's CPU share over an interval: its processor time (user and system) over
/// the wall time times the number of cores, so 1.0 means every core busy.
/// </summary>
internal sealed class ProcessCpuMeter : IDisposable
{
    private readonly Process _process;
    private readonly bool _ownsProcess;
    private TimeSpan _startCpu;
    private long _startTimestamp;

    private ProcessCpuMeter(Process process, bool ownsProcess)
    {
        _process = process;
        _ownsProcess = ownsProcess;
        ProcessId = process.Id;
        Name = process.ProcessName;
    }

    public int ProcessId { get; }

    public string Name { get; }

    /// <summary>Creates a meter for this process.</summary>
    public static ProcessCpuMeter ForCurrentProcess() => new(Process.GetCurrentProcess(), ownsProcess: true);

    /// <summary>Creates a meter for another process, which the meter does not stop.</summary>
    /// <exception cref="ArgumentException">No process has that id.</exception>
    public static ProcessCpuMeter ForProcess(int processId) => new(Process.GetProcessById(processId), ownsProcess: true);

    /// <summary>Creates a meter for a process the caller started and keeps.</summary>
    public static ProcessCpuMeter ForStartedProcess(Process process) => new(process, ownsProcess: false);

    /// <summary>Starts the interval.</summary>
    public void Start()
    {
        _startCpu = ReadProcessorTime();
        _startTimestamp = Stopwatch.GetTimestamp();
    }

    /// <summary>Returns the CPU share since <see cref="Start"/>, or null when the process has exited.</summary>
    public double? Stop()
    {
        TimeSpan wall = Stopwatch.GetElapsedTime(_startTimestamp);
        try
        {
            TimeSpan cpu = ReadProcessorTime() - _startCpu;
            return wall > TimeSpan.Zero ? cpu / (wall * Environment.ProcessorCount) : 0;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (_ownsProcess)
        {
            _process.Dispose();
        }
    }

    private TimeSpan ReadProcessorTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }
}
