using System;
using System.Threading;

namespace Weft.Engine;

/// <summary>One logical thread of an iteration. Lives for one iteration; its worker outlives it.</summary>
internal sealed class ControlledThread
{
    [ThreadStatic] internal static ControlledThread? Current;

    internal const int ClaimUser = 0, ClaimRuntime = 1, ClaimLeaked = 2;

    public readonly int Id;
    public readonly ControlledRuntime Runtime;
    public readonly Action Body;
    public Worker Worker = null!;
    public ThreadStatus Status = ThreadStatus.Enabled;
    /// <summary>The resource this thread is blocked on (a lock, a futex word, a thread it joins).</summary>
    public object? BlockedOn;
    public bool BlockedInFutex;
    public bool BlockedTimed;
    public bool WokenSpuriously;
    public bool TimedOut;
    public bool Started;
    /// <summary>0 while running user code, 1 while inside the runtime, 2 once abandoned by the watchdog.</summary>
    public int Claim = ClaimRuntime;

    public OpKind PendingOp = OpKind.Start;
    /// <summary>The name of the labeled program point the thread is paused at (trace replay), else null.</summary>
    public string? PendingLabel;
    public string? PendingFile;
    public int PendingLine;
    /// <summary>
    /// The location of the pending operation: the address of an atomics-layer cell (0 when the operation names no
    /// cell), or the synchronization object it works on (a lock), else null. Set by <see cref="SchedulingHooks.Access{T}"/>.
    /// </summary>
    public nint PendingAddress;
    /// <summary>
    /// The pending operation's cell by its id in this iteration (<see cref="CellIds"/>: the same in every run, unlike
    /// <see cref="PendingAddress"/>), 0 when it names no cell or the strategy compares no locations.
    /// </summary>
    public int PendingCell;
    public object? PendingResource;
    /// <summary>The memory order of the pending access (<see cref="AccessOrder.SeqCst"/> for operations that name none).</summary>
    public AccessOrder PendingOrder = AccessOrder.SeqCst;
    /// <summary>
    /// The live locals the code passed with the label it is paused at (<c>StepLabel.At(label, live...)</c>), read by the
    /// spec-level stateful search's fingerprint; <see cref="PendingLiveCount"/> of them are set (0 for a plain label).
    /// </summary>
    public int PendingLiveCount;
    public long PendingLive0, PendingLive1, PendingLive2;
    /// <summary>
    /// When this thread last reached a yield point, on the iteration's yield clock (0: it has not yielded). While it is
    /// paused at a yield, the yield rule defers it to every enabled thread that has not yielded since.
    /// </summary>
    public int YieldStamp;

    /// <summary>
    /// The scheduling points this thread has reached in the iteration (its own steps): what a wait-freedom bound counts
    /// (<c>WcqStepBoundMonitor</c>). Labels are not scheduling points and are not counted.
    /// </summary>
    public long OwnSteps;

    /// <summary>
    /// The call outside Weft's control (a blocking BCL method the rewriter does not redirect) this thread entered, noted by
    /// rewritten code just before it (<c>Weft.Rewriting.UncontrolledCall</c>) with <see cref="UncontrolledCallSteps"/>, its
    /// <see cref="OwnSteps"/> then: the watchdog names the call when the thread has reached no scheduling point since.
    /// </summary>
    public string? UncontrolledCall;
    public long UncontrolledCallSteps;

    public ControlledThread(int id, ControlledRuntime runtime, Action body)
    {
        Id = id;
        Runtime = runtime;
        Body = body;
    }

    public bool Leaked => Volatile.Read(ref Claim) == ClaimLeaked;

    public string Location => Format(PendingFile, PendingLine);

    internal static string Format(string? file, int line) =>
        file is null ? "" : string.Concat(System.IO.Path.GetFileName(file), ":", line.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public string StatusText => Status switch
    {
        ThreadStatus.Enabled => Started ? "enabled" : "not started",
        ThreadStatus.Blocked => BlockedOn is IDescribedWait d ? d.WaitDescription
            : BlockedOn is ControlledThread j ? $"blocked joining thread {j.Id}" : BlockedInFutex ? "blocked in futex wait" : "blocked",
        _ => "completed",
    };

    public static string OpName(OpKind op) => op switch
    {
        OpKind.CompareExchange => "cas",
        OpKind.FetchAdd => "fetch-add",
        OpKind.FetchOr => "fetch-or",
        OpKind.FetchAnd => "fetch-and",
        OpKind.LockAcquire => "lock",
        OpKind.LockRelease => "unlock",
        OpKind.FutexWait => "futex-wait",
        OpKind.FutexWake => "futex-wake",
        _ => op.ToString().ToLowerInvariant(),
    };
}
