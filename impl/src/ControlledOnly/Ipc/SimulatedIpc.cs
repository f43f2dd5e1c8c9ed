using System;
using System.Runtime.CompilerServices;
using Weft.Engine;
using Weft.Monitors;

namespace Weft.Ipc;

/// <summary>
/// Controlled build only: the operating system an IPC test talks to, simulated inside one scheduler iteration, so
/// that several processes and the shared-memory namespace are controlled state.
/// <list type="bullet">
/// <item><b>Processes.</b> Every controlled thread is a process of its own: thread t has pid <c>FirstPid + t</c>
/// (<see cref="ProcessLiveness.CurrentPid"/>), alive until it calls <see cref="Crash"/> (<see cref="ProcessLiveness.IsAlive"/>).
/// A crashed process does nothing more: its thread returns at once, leaving whatever it held in shared memory.</item>
/// <item><b>Names.</b> <see cref="ShmSegment.CreateNamed"/>, <see cref="ShmSegment.OpenNamed"/>,
/// <see cref="ShmSegment.Unlink"/> and <see cref="ShmSegment.Exists"/> work on an in-process name table: each name
/// maps to a segment object (an incarnation) in pinned memory that every handle opened on it shares; unlinking
/// removes the name and leaves the memory mapped for the handles that have it, as <c>shm_unlink</c> does. Each name
/// operation is one scheduling point.</item>
/// </list>
/// A test body calls <see cref="BeginIteration"/> first (it starts a fresh namespace with no crashed process); without
/// it the controlled build keeps the real pid and <c>/dev/shm</c>, as the mutex, semaphore and event tests use them.
/// Monitors see <see cref="ShmEvent"/>s: <see cref="ShmOp.Created"/>, <see cref="ShmOp.Unlinked"/> and
/// <see cref="ShmOp.Crashed"/>.
/// </summary>
public static class SimulatedIpc
{
    /// <summary>The pid of controlled thread 0 (the test body); thread t has pid <c>FirstPid + t</c>.</summary>
    public const int FirstPid = 100;

    private static readonly ConditionalWeakTable<object, SimulatedWorld> Worlds = new();

    /// <summary>Starts this iteration's simulated processes and namespace (call at the start of the test body).</summary>
    /// <param name="crashPoints">
    /// True: a process may also die at the implementation's crash points (<see cref="CrashPoint"/>, e.g. a creator
    /// between initializing a guarded segment and publishing it), each a <c>Checker.Choose(2)</c> (1 = die there).
    /// </param>
    public static void BeginIteration(bool crashPoints = false)
    {
        var t = SchedulingHooks.CurrentThread ?? throw new InvalidOperationException("SimulatedIpc.BeginIteration: call it inside a Weft test body");
        Worlds.AddOrUpdate(t.Runtime, new SimulatedWorld { CrashPoints = crashPoints });
    }

    /// <summary>This iteration's world, or null when the test did not begin one (or runs outside the scheduler).</summary>
    internal static SimulatedWorld? Current => SchedulingHooks.CurrentThread is { } t && Worlds.TryGetValue(t.Runtime, out var w) ? w : null;

    /// <summary>This iteration's world (for a refinement mapping, which reads it while every thread is paused).</summary>
    internal static SimulatedWorld CurrentWorld => Current ?? throw new InvalidOperationException("SimulatedIpc.BeginIteration was not called");

    /// <summary>True when the current test simulates processes and names.</summary>
    public static bool Active => Current is not null;

    /// <summary>The pid of the calling controlled thread.</summary>
    public static int CurrentPid => FirstPid + SchedulingHooks.ThreadId;

    /// <summary>The pid of controlled thread <paramref name="thread"/>.</summary>
    public static int PidOf(int thread) => FirstPid + thread;

    /// <summary>The controlled thread of <paramref name="pid"/> (the inverse of <see cref="PidOf"/>).</summary>
    public static int ThreadOf(int pid) => pid - FirstPid;

    /// <summary>True if <paramref name="pid"/> is a simulated process that has not crashed.</summary>
    internal static bool IsAlive(SimulatedWorld world, int pid) => pid >= FirstPid && !world.Crashed.Contains(pid);

    /// <summary>
    /// The calling process dies now (one scheduling point: its death is a step other processes can observe between
    /// any two of theirs). The caller returns from its thread body without touching shared memory again.
    /// </summary>
    public static void Crash([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var world = Current ?? throw new InvalidOperationException("SimulatedIpc.Crash: call SimulatedIpc.BeginIteration at the start of the test body");
        SchedulingHooks.Access(OpKind.Store, world.ProcessTable, file, line);
        int pid = CurrentPid;
        world.Crashed.Add(pid);
        SchedulingHooks.Emit(new ShmEvent(ShmOp.Crashed, 0, pid));
    }

    /// <summary>
    /// A point inside the implementation where a process can die (called through the implementation's
    /// <c>[Conditional("WEFT_CONTROLLED")]</c> hooks). When the iteration arms crash points and the choice says so, the
    /// process dies here (<see cref="Crash"/>) and <see cref="SimulatedCrashException"/> unwinds its thread without
    /// running the caller's clean-up, as a killed process runs none; the workload catches it and returns.
    /// </summary>
    internal static void CrashPoint([CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        if (Current is not { CrashPoints: true }) return;
        if (Checker.Choose(2) == 0) return;
        Crash(file, line);
        throw new SimulatedCrashException(CurrentPid);
    }
}
