using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Weft.Engine;

namespace Weft.Rewriting;

/// <summary>
/// The controlled equivalent of <see cref="Thread"/>'s constructors, <c>Start</c>, <c>Join</c>, <c>Yield</c>,
/// <c>Sleep</c> and <c>SpinWait</c> for rewritten code. The constructor still makes a real <see cref="Thread"/> (user
/// code keeps its type, sets its name, reads its properties) and remembers its body; <c>Start</c> under the scheduler
/// runs the body as a controlled thread instead (a scheduling point, as <c>WeftThread.Start</c>), and <c>Join</c> waits
/// for that controlled thread. The real thread is never started then. <c>Sleep</c> and <c>SpinWait</c> are yields:
/// time is not modelled, so a sleep only lets other threads run. Outside a controlled test every method is the BCL's.
/// </summary>
[ControlledEquivalentOf("System.Threading.Thread")]
public static class ControlledThreads
{
    private static readonly ConditionalWeakTable<Thread, ControlledThreadRecord> Records = new();

    public static Thread New(ThreadStart start, string? file, int line) => Remember(new Thread(start), start);

    public static Thread New(ThreadStart start, int maxStackSize, string? file, int line) => Remember(new Thread(start, maxStackSize), start);

    public static Thread New(ParameterizedThreadStart start, string? file, int line) => Remember(new Thread(start), start);

    public static Thread New(ParameterizedThreadStart start, int maxStackSize, string? file, int line) => Remember(new Thread(start, maxStackSize), start);

    public static void Start(Thread thread, string? file, int line) => Start(thread, null, file, line);

    public static void Start(Thread thread, object? parameter, string? file, int line)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (!SchedulingHooks.Active || !Records.TryGetValue(thread, out var record))
        {
            if (parameter is null) thread.Start();
            else thread.Start(parameter);
            return;
        }
        if (record.Handle is not null) throw new ThreadStateException("Thread is running or terminated; it cannot restart.");
        var body = record.Body;
        record.Handle = SchedulingHooks.Spawn(body is ParameterizedThreadStart p ? () => p(parameter) : (Action)(() => ((ThreadStart)body)()), file, line);
    }

    public static void Join(Thread thread, string? file, int line)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (Controlled(thread) is { } handle) SchedulingHooks.Join(handle, file, line);
        else thread.Join();
    }

    /// <summary>A timed join: under the scheduler it waits until the thread ends (time is not modelled) and returns true.</summary>
    public static bool Join(Thread thread, int millisecondsTimeout, string? file, int line)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (Controlled(thread) is not { } handle) return thread.Join(millisecondsTimeout);
        SchedulingHooks.Join(handle, file, line);
        return true;
    }

    public static bool Join(Thread thread, TimeSpan timeout, string? file, int line)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (Controlled(thread) is not { } handle) return thread.Join(timeout);
        SchedulingHooks.Join(handle, file, line);
        return true;
    }

    public static bool Yield(string? file, int line)
    {
        if (!SchedulingHooks.Active) return Thread.Yield();
        SchedulingHooks.Point(OpKind.Yield, file, line);
        return true;
    }

    public static void Sleep(int millisecondsTimeout, string? file, int line)
    {
        if (SchedulingHooks.Active) SchedulingHooks.Point(OpKind.Yield, file, line);
        else Thread.Sleep(millisecondsTimeout);
    }

    public static void Sleep(TimeSpan timeout, string? file, int line)
    {
        if (SchedulingHooks.Active) SchedulingHooks.Point(OpKind.Yield, file, line);
        else Thread.Sleep(timeout);
    }

    public static void SpinWait(int iterations, string? file, int line)
    {
        if (SchedulingHooks.Active) SchedulingHooks.Point(OpKind.Yield, file, line);
        else Thread.SpinWait(iterations);
    }

    private static Thread Remember(Thread thread, Delegate body)
    {
        Records.AddOrUpdate(thread, new ControlledThreadRecord(body));
        return thread;
    }

    /// <summary>The controlled thread <paramref name="thread"/> runs as, when it was started under the scheduler.</summary>
    private static object? Controlled(Thread thread) =>
        SchedulingHooks.Active && Records.TryGetValue(thread, out var record) ? record.Handle : null;
}
