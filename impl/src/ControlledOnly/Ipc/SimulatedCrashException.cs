using System;

namespace Weft.Ipc;

/// <summary>
/// Controlled build only: a simulated process died at one of the implementation's crash points
/// (<see cref="SimulatedIpc.CrashPoint"/>). It unwinds the process's thread past every handler that only filters
/// the implementation's own exceptions; the workload catches it and returns, as the process is gone.
/// </summary>
public sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException(int pid)
        : base($"simulated process {pid} died at a crash point") => Pid = pid;

    public SimulatedCrashException() : base("a simulated process died at a crash point") { }

    public SimulatedCrashException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The process that died.</summary>
    public int Pid { get; }
}
