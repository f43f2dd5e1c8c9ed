using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Weft.Engine;

/// <summary>
/// The hooks the controlled build of the atomics layer calls. Each is a no-op outside a controlled test,
/// so the controlled assembly also runs as ordinary code (for instance under FsCheck or a benchmark).
/// </summary>
internal static class SchedulingHooks
{
    /// <summary>A scheduling point before an operation of kind <paramref name="op"/> at file:line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Point(OpKind op, string? file, int line)
    {
        var t = ControlledThread.Current;
        if (t is not null) t.Runtime.Point(t, op, file, line);
    }

    /// <summary>
    /// A scheduling point before a shared access of kind <paramref name="op"/> to <paramref name="cell"/> with memory
    /// order <paramref name="order"/>. The thread's pending operation then names its location (the cell's address) and
    /// order, which is what a dependency relation (two accesses to one location, at least one a write) and a
    /// happens-before analysis need. An address identifies a cell only while the garbage collector does not move it:
    /// a consumer that keeps addresses across scheduling points must check <see cref="GC.CollectionCount(int)"/> as
    /// <see cref="TsoMemory"/> does, or hold the heap still with <see cref="StableHeap"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Access<T>(OpKind op, ref T cell, AccessOrder order, string? file, int line)
    {
        var t = ControlledThread.Current;
        if (t is not null) t.Runtime.Access(t, op, (nint)Unsafe.AsPointer(ref cell), null, order, file, line);
    }

    /// <summary>
    /// A scheduling point before an operation of kind <paramref name="op"/> on a synchronization object (a lock); the
    /// pending operation names <paramref name="resource"/> as its location.
    /// </summary>
    public static void Access(OpKind op, object resource, string? file, int line)
    {
        var t = ControlledThread.Current;
        if (t is not null) t.Runtime.Access(t, op, 0, resource, AccessOrder.SeqCst, file, line);
    }

    /// <summary>
    /// A labeled program point, named after the pc value of the TLA+ spec the code implements. Only a trace replay
    /// stops here (it runs a thread from one label to the next as one spec action); exploration ignores labels, so
    /// they add no scheduling points and schedules stay valid whether or not code is labeled.
    /// </summary>
    public static void Label(string name, string? file, int line)
    {
        var t = ControlledThread.Current;
        if (t is not null && t.Runtime.Tracing) t.Runtime.LabelPoint(t, name, file, line);
    }

    /// <summary>A labeled program point with <paramref name="count"/> live locals (<c>StepLabel.At</c> with locals).</summary>
    public static void Label(string name, string? file, int line, int count, long live0, long live1, long live2)
    {
        var t = ControlledThread.Current;
        if (t is null || !t.Runtime.Tracing) return;
        t.PendingLiveCount = count;
        t.PendingLive0 = live0;
        t.PendingLive1 = live1;
        t.PendingLive2 = live2;
        t.Runtime.LabelPoint(t, name, file, line, keepLive: true);
    }

    /// <summary>Records the value an operation produced (verbose replay logs it).</summary>
    public static void Value(long v)
    {
        var t = ControlledThread.Current;
        if (t is not null && t.Runtime.LogEnabled) t.Runtime.RecordValue(t, v.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Records the outcome of a compare-and-swap (its happens-before effect depends on it).</summary>
    public static void Cas(long expected, long desired, long seen)
    {
        var t = ControlledThread.Current;
        t?.Runtime.HappensBefore?.OnCasOutcome(t.Id, seen == expected);
        t?.Runtime.CasOutcome(seen == expected);
        if (t is not null && t.Runtime.LogEnabled)
            t.Runtime.RecordValue(t, seen == expected
                ? string.Create(CultureInfo.InvariantCulture, $"{expected} -> {desired} ok")
                : string.Create(CultureInfo.InvariantCulture, $"expected {expected}, saw {seen}: failed"));
    }

    /// <summary>Records the outcome of a compare-and-swap of references: "ok" or "failed".</summary>
    public static void CasOutcome(bool succeeded)
    {
        var t = ControlledThread.Current;
        if (t is null) return;
        t.Runtime.HappensBefore?.OnCasOutcome(t.Id, succeeded);
        t.Runtime.CasOutcome(succeeded);
        if (t.Runtime.LogEnabled) t.Runtime.RecordValue(t, succeeded ? "ok" : "failed");
    }

    /// <summary>
    /// A plain (non-atomic) access to <paramref name="field"/> by the calling thread, reported by the atomics layer's
    /// checked accessor to the data-race detector. Not a scheduling point; a no-op unless the detector is on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Plain<T>(ref T field, bool write, string? file, int line)
    {
        var t = ControlledThread.Current;
        if (t is not null && t.Runtime.Races is not null)
            t.Runtime.PlainAccess(t, (nint)Unsafe.AsPointer(ref field), write, file, line);
    }

    public static void Text(string s)
    {
        var t = ControlledThread.Current;
        if (t is not null && t.Runtime.LogEnabled) t.Runtime.RecordValue(t, s);
    }

    public static bool Active => ControlledThread.Current is not null;

    /// <summary>
    /// The calling controlled thread when its iteration runs under TSO, else null. A cell's load or non-SeqCst store then
    /// goes through <c>thread.Runtime.Tso</c> (the thread's store buffer) instead of the cell's field.
    /// </summary>
    public static ControlledThread? BufferingThread
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var t = ControlledThread.Current;
            return t is not null && t.Runtime.Tso is not null ? t : null;
        }
    }

    /// <summary>
    /// The calling controlled thread when its iteration runs under the release/acquire model, else null. A cell's load then
    /// reads the store <c>thread.Runtime.Ra</c> chooses from the location's history instead of the cell's field.
    /// </summary>
    public static ControlledThread? ReleaseAcquireThread
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var t = ControlledThread.Current;
            return t is not null && t.Runtime.Ra is not null ? t : null;
        }
    }

    /// <summary>
    /// Release/acquire: records a store of <paramref name="value"/> in the cell's history, before the field is written.
    /// False when the model placed it before newer stores in modification order: the caller must not write the field,
    /// which keeps the newest store.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Stored(ref int cell, int value, AccessOrder order, string? file, int line)
    {
        var t = ControlledThread.Current;
        return t?.Runtime.Ra is not { } ra || ra.Store32(t, ref cell, value, order, file, line);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Stored(ref long cell, long value, AccessOrder order, string? file, int line)
    {
        var t = ControlledThread.Current;
        return t?.Runtime.Ra is not { } ra || ra.Store64(t, ref cell, value, order, file, line);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StoredReference<T>(ref T cell, T value, AccessOrder order, string? file, int line) where T : class?
    {
        var t = ControlledThread.Current;
        return t?.Runtime.Ra is not { } ra || ra.StoreReference(t, ref cell, value, order, file, line);
    }

    /// <summary>
    /// Release/acquire: records a read-modify-write that has just run on the cell's field (it read <paramref name="old"/>,
    /// the newest store, and stored the field's value when <paramref name="wrote"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Updated(ref int cell, int old, bool wrote, AccessOrder order)
    {
        var t = ControlledThread.Current;
        if (t?.Runtime.Ra is { } ra) ra.ReadModifyWrite32(t, ref cell, old, wrote, order);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Updated(ref long cell, long old, bool wrote, AccessOrder order)
    {
        var t = ControlledThread.Current;
        if (t?.Runtime.Ra is { } ra) ra.ReadModifyWrite64(t, ref cell, old, wrote, order);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void UpdatedReference<T>(ref T cell, T old, bool wrote, AccessOrder order) where T : class?
    {
        var t = ControlledThread.Current;
        if (t?.Runtime.Ra is { } ra) ra.ReadModifyWriteReference(t, ref cell, old, wrote, order);
    }

    /// <summary>A full fence: a scheduling point that, under TSO, drains the thread's store buffer.</summary>
    public static void Fence(string? file, int line) => Point(OpKind.Fence, file, line);

    /// <summary>Blocks the calling controlled thread on <paramref name="resource"/> until it is woken.</summary>
    public static void Block(object resource, bool futex, bool timed = false)
    {
        var t = ControlledThread.Current ?? throw new InvalidOperationException("SchedulingHooks.Block outside a controlled test");
        t.Runtime.Block(t, resource, futex, timed);
    }

    /// <summary>True if the last timed wait of the calling thread expired.</summary>
    public static bool TimedOut => ControlledThread.Current?.TimedOut ?? false;

    /// <summary>True if the last futex wait of the calling thread ended by a spurious wake-up.</summary>
    public static bool WokenSpuriously => ControlledThread.Current?.WokenSpuriously ?? false;

    /// <summary>Wakes up to <paramref name="max"/> threads blocked on <paramref name="resource"/>.</summary>
    public static int Wake(object resource, int max)
    {
        var t = ControlledThread.Current ?? throw new InvalidOperationException("SchedulingHooks.Wake outside a controlled test");
        return t.Runtime.Wake(t, resource, max);
    }

    public static object Spawn(Action body, string? file, int line)
    {
        var t = ControlledThread.Current ?? throw new InvalidOperationException("SchedulingHooks.Spawn outside a controlled test");
        return t.Runtime.Spawn(t, body, file, line);
    }

    public static void Join(object handle, string? file, int line)
    {
        var t = ControlledThread.Current ?? throw new InvalidOperationException("SchedulingHooks.Join outside a controlled test");
        t.Runtime.Join(t, (ControlledThread)handle, file, line);
    }

    /// <summary>
    /// A nondeterministic choice among <paramref name="count"/> values made by the strategy, recorded in the schedule
    /// and replayed like a scheduling decision (<c>Checker.Choose</c>); null outside a controlled test.
    /// </summary>
    public static int? Choose(int count)
    {
        var t = ControlledThread.Current;
        return t is null ? null : t.Runtime.ChooseValue(t, count);
    }

    public static int ThreadId => ControlledThread.Current?.Id ?? -1;

    /// <summary>The current iteration's number, unique in the process (<see cref="ControlledRuntime.IterationSerial"/>); 0 outside a controlled test.</summary>
    public static long IterationSerial => ControlledThread.Current?.Runtime.IterationSerial ?? 0;

    /// <summary>Notes that the calling controlled thread enters <paramref name="call"/>, which Weft does not control (see <see cref="ControlledThread.UncontrolledCall"/>).</summary>
    public static void EnteringUncontrolled(string call)
    {
        var t = ControlledThread.Current;
        if (t is null) return;
        t.UncontrolledCall = call;
        t.UncontrolledCallSteps = t.OwnSteps;
    }

    /// <summary>The calling controlled thread (null outside a controlled test), to read its step count later.</summary>
    public static ControlledThread? CurrentThread => ControlledThread.Current;

    /// <summary>The scheduling points the calling controlled thread has reached so far in the iteration (0 outside one).</summary>
    public static long OwnSteps => ControlledThread.Current?.OwnSteps ?? 0;

    /// <summary>An id unique within the current iteration (0 outside a controlled test).</summary>
    public static int NewObjectId() => ControlledThread.Current?.Runtime.NewObjectId() ?? 0;

    /// <summary>Delivers a typed event to the iteration's monitors (no-op outside a controlled test).</summary>
    public static void Emit<T>(in T e) where T : struct
    {
        var t = ControlledThread.Current;
        t?.Runtime.Emit(t, in e);
    }

    /// <summary>
    /// True when some monitor of the current iteration takes events of type <typeparamref name="T"/>: an event that is
    /// costly to build (it walks a structure) is built only then.
    /// </summary>
    public static bool Wants<T>() where T : struct
    {
        var t = ControlledThread.Current;
        return t is not null && t.Runtime.Wants<T>();
    }

    /// <summary>Reports a violation detected by implementation-side checks (the node pool's slot states).</summary>
    public static void Fail(string monitor, string message)
    {
        var t = ControlledThread.Current;
        if (t is null) throw new InvalidOperationException($"{monitor}: {message}");
        t.Runtime.FailFromUser(t, message, monitor);
    }
}
