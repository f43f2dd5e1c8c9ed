using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>Numbers the IPC objects of one iteration by first appearance, so messages are identical across replays.</summary>
internal sealed class IpcNames
{
    private Dictionary<nint, int>? _ids;

    public string Of(string kind, nint word)
    {
        _ids ??= new Dictionary<nint, int>();
        if (!_ids.TryGetValue(word, out int id))
        {
            id = _ids.Count + 1;
            _ids[word] = id;
        }
        return $"{kind} #{id}";
    }
}

/// <summary>
/// MutualExclusion, from tla/FutexMutex/FutexMutex.tla:
/// <code>
/// MutualExclusion == \A t1, t2 \in Threads : t1 # t2 => ~(Holds(t1) /\ Holds(t2))
/// </code>
/// where <c>Holds(t)</c> is true from the CAS that took a word with no owner to the release step. No thread
/// acquires an <c>IpcMutex</c> that another thread holds (a force release after the holder's death ends its hold).
/// </summary>
public sealed class MutualExclusionMonitor : PropertyMonitor, IMonitorOf<MutexEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<nint, int>? _holder;

    public override void OnEvent(object e) { }

    public void On(in MutexEvent e)
    {
        _holder ??= new Dictionary<nint, int>();
        switch (e.Op)
        {
            case MutexOp.Acquired:
                if (_holder.TryGetValue(e.Word, out int h))
                    Fail($"thread {e.Thread} acquired {_names.Of("mutex", e.Word)}, which thread {h} holds");
                _holder[e.Word] = e.Thread;
                break;
            case MutexOp.Released:
            case MutexOp.ForceReleased:
                if (!_holder.Remove(e.Word))
                    Fail($"thread {e.Thread} released {_names.Of("mutex", e.Word)}, which nobody holds");
                break;
        }
    }
}

/// <summary>
/// StateMatchesHolder, from tla/FutexMutex/FutexMutex.tla:
/// <code>
/// StateMatchesHolder == (owner = 0 /\ ~waiters) &lt;=&gt; ~(\E t \in Threads : Holds(t))
/// </code>
/// The word is 0 exactly when nobody holds the lock: an acquisition finds no owner only when the lock is free, a
/// waiter's mark of the waiters bit finds it held, and a release takes a non-zero value out and leaves 0 (a release
/// that leaves any other value has freed the lock without freeing the word).
/// </summary>
public sealed class MutexStateMatchesHolderMonitor : PropertyMonitor, IMonitorOf<MutexEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<nint, int>? _holder;

    public override void OnEvent(object e) { }

    public void On(in MutexEvent e)
    {
        _holder ??= new Dictionary<nint, int>();
        bool held = _holder.TryGetValue(e.Word, out int h);
        switch (e.Op)
        {
            case MutexOp.Acquired:
                if (held) Fail($"thread {e.Thread} found {_names.Of("mutex", e.Word)}'s word 0 while thread {h} held it");
                _holder[e.Word] = e.Thread;
                break;
            case MutexOp.Marked:
                if (!held) Fail($"thread {e.Thread} found {_names.Of("mutex", e.Word)}'s word {e.Old} while nobody held it");
                break;
            case MutexOp.Released:
            case MutexOp.ForceReleased:
                if (e.Old == 0) Fail($"thread {e.Thread} released {_names.Of("mutex", e.Word)} whose word was already 0");
                if (e.New != 0) Fail($"thread {e.Thread} released {_names.Of("mutex", e.Word)} leaving its word {e.New} while nobody holds it");
                _holder.Remove(e.Word);
                break;
        }
    }
}

/// <summary>
/// OwnerIsHolder, from tla/FutexMutex/FutexMutex.tla:
/// <code>
/// OwnerIsHolder == owner # 0 =&gt; Holds(owner)
/// </code>
/// The word's owner bits name the holder or nobody: only the step that takes the lock writes a pid, and the release
/// clears it in the step that frees the lock (a waiter that wrote its own pid would make a force release test the
/// wrong process).
/// </summary>
public sealed class MutexOwnerIsHolderMonitor : PropertyMonitor, IMonitorOf<MutexEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<nint, int>? _holder;
    private Dictionary<nint, int>? _owner;

    public override void OnEvent(object e) { }

    public void On(in MutexEvent e)
    {
        _holder ??= new Dictionary<nint, int>();
        _owner ??= new Dictionary<nint, int>();
        switch (e.Op)
        {
            case MutexOp.Acquired:
                if (_owner.TryGetValue(e.Word, out int stale))
                    Fail($"thread {e.Thread} acquired {_names.Of("mutex", e.Word)} while its owner word still names thread {stale}");
                _holder[e.Word] = e.Thread;
                break;
            case MutexOp.OwnerSet:
                if (!_holder.TryGetValue(e.Word, out int h) || h != e.Thread)
                    Fail($"thread {e.Thread} recorded itself as the owner of {_names.Of("mutex", e.Word)}, which it does not hold");
                _owner[e.Word] = e.Thread;
                break;
            case MutexOp.OwnerCleared:
                _owner.Remove(e.Word);
                break;
            case MutexOp.Released:
            case MutexOp.ForceReleased:
                if (_owner.TryGetValue(e.Word, out int o))
                    Fail($"{_names.Of("mutex", e.Word)} was released while its owner word still names thread {o}");
                _holder.Remove(e.Word);
                break;
        }
    }
}

/// <summary>
/// CountInRange, from tla/Semaphore/Semaphore.tla:
/// <code>
/// CountInRange == count \in 0..Max
/// </code>
/// An <c>IpcSemaphore</c>'s count never goes negative, never exceeds its maximum and never wraps: every successful post
/// and take keeps it within [0, maximum].
/// </summary>
public sealed class SemaphoreCountInRangeMonitor : PropertyMonitor, IMonitorOf<SemaphoreEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<nint, int>? _max;

    public override void OnEvent(object e) { }

    public void On(in SemaphoreEvent e)
    {
        _max ??= new Dictionary<nint, int>();
        switch (e.Op)
        {
            case SemaphoreOp.Init:
                _max[e.Word] = e.Delta;
                break;
            case SemaphoreOp.Posted:
                long after = (long)e.Old + e.Delta;
                int max = _max.TryGetValue(e.Word, out int m) ? m : int.MaxValue;
                if (e.Old < 0 || after > max)
                    Fail($"thread {e.Thread} posted {e.Delta} to {_names.Of("semaphore", e.Word)} at count {e.Old}: {after} is outside [0, {max}]");
                break;
            case SemaphoreOp.Taken:
                if (e.Old <= 0)
                    Fail($"thread {e.Thread} took a unit of {_names.Of("semaphore", e.Word)} at count {e.Old}: the count went to {e.Old - 1}");
                break;
        }
    }
}

/// <summary>
/// CountConserved, from tla/Semaphore/Semaphore.tla:
/// <code>
/// CountConserved == count = Init + posted - taken
/// </code>
/// Every unit is accounted for: the count each post or take starts from equals the initial count plus the units
/// posted minus the units taken before it (no post or take is lost or counted twice).
/// </summary>
public sealed class SemaphoreCountConservedMonitor : PropertyMonitor, IMonitorOf<SemaphoreEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<nint, long>? _count;

    public override void OnEvent(object e) { }

    public void On(in SemaphoreEvent e)
    {
        _count ??= new Dictionary<nint, long>();
        if (e.Op == SemaphoreOp.Init)
        {
            _count[e.Word] = e.Old;
            return;
        }
        if (e.Op is not (SemaphoreOp.Posted or SemaphoreOp.Taken) || !_count.TryGetValue(e.Word, out long c)) return;
        if (c != e.Old)
            Fail($"thread {e.Thread} {(e.Op == SemaphoreOp.Posted ? "posted to" : "took from")} {_names.Of("semaphore", e.Word)} at count {e.Old}, but initial + posted - taken = {c}");
        _count[e.Word] = e.Op == SemaphoreOp.Posted ? c + e.Delta : c - 1;
    }
}

/// <summary>
/// WakeBounded, from tla/Semaphore/Semaphore.tla:
/// <code>
/// WakeBounded == \A t \in Threads : pc[t] = "post_wake" => wakeN[t] &lt;= n[t]
/// </code>
/// A post of n units never asks the futex to wake more than n waiters (the wake hint is clamped to n).
/// </summary>
public sealed class SemaphoreWakeBoundedMonitor : PropertyMonitor, IMonitorOf<SemaphoreEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<int, int>? _posted;

    public override void OnEvent(object e) { }

    public void On(in SemaphoreEvent e)
    {
        _posted ??= new Dictionary<int, int>();
        if (e.Op == SemaphoreOp.Posted) _posted[e.Thread] = e.Delta;
        else if (e.Op == SemaphoreOp.Wake && (!_posted.TryGetValue(e.Thread, out int n) || e.Delta > n))
            Fail($"thread {e.Thread} woke {e.Delta} waiters of {_names.Of("semaphore", e.Word)} after posting {(_posted.TryGetValue(e.Thread, out int p) ? p : 0)} units");
    }
}

/// <summary>
/// HintCountsRegistered, from tla/Semaphore/Semaphore.tla:
/// <code>
/// HintCountsRegistered == waiters = Cardinality({t \in Waiters : pc[t] \in {"wait_futex", "wait_deregister"}})
/// </code>
/// The waiter count (the wake hint) equals the number of threads between their registration and their
/// deregistration; every sleeper is among them, so a post that reads 0 has nobody to wake.
/// </summary>
public sealed class SemaphoreHintCountsRegisteredMonitor : PropertyMonitor, IMonitorOf<SemaphoreEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<nint, HashSet<int>>? _registered;

    public override void OnEvent(object e) { }

    public void On(in SemaphoreEvent e)
    {
        if (e.Op is not (SemaphoreOp.Registered or SemaphoreOp.Deregistered)) return;
        _registered ??= new Dictionary<nint, HashSet<int>>();
        if (!_registered.TryGetValue(e.Word, out var set)) _registered[e.Word] = set = new HashSet<int>();
        if (e.Old != set.Count)
            Fail($"thread {e.Thread} {(e.Op == SemaphoreOp.Registered ? "registered on" : "deregistered from")} {_names.Of("semaphore", e.Word)} and found the hint {e.Old}, but {set.Count} threads are registered");
        if (e.Op == SemaphoreOp.Registered) set.Add(e.Thread);
        else set.Remove(e.Thread);
    }
}

/// <summary>
/// WaitReturnsAfterSet, from tla/Event/Event.tla:
/// <code>
/// WaitReturnsAfterSet == \A t \in Threads : pc[t] = "returned" => setAtBegin[t] \/ sets > setsAtBegin[t]
/// </code>
/// An <c>IpcEvent</c> wait returns true only if the event was signaled when the wait began or was set after it began.
/// "When the wait began" is the word value the wait read, and a set after it is one whose sequence (the word's bits
/// above the signaled bit) is newer than that value's: under SC the value read is the word's current value, so this is
/// <c>sets &gt; setsAtBegin</c>; under the release/acquire model the wait may read an older value, and it is then
/// ordered before every set newer than what it read.
/// </summary>
public sealed class EventWaitReturnsAfterSetMonitor : PropertyMonitor, IMonitorOf<EventEvent>
{
    private readonly IpcNames _names = new();
    /// <summary>Per word: the newest sequence a Set installed.</summary>
    private Dictionary<nint, uint>? _sets;
    private Dictionary<(nint, int), (bool Signaled, uint Sequence)>? _began;

    public override void OnEvent(object e) { }

    public void On(in EventEvent e)
    {
        _sets ??= new Dictionary<nint, uint>();
        _began ??= new Dictionary<(nint, int), (bool, uint)>();
        uint newestSet = _sets.GetValueOrDefault(e.Word);
        uint sequence = (uint)e.Value >> 1;
        switch (e.Op)
        {
            case EventOp.Set:
                if (sequence > newestSet) _sets[e.Word] = sequence;
                break;
            case EventOp.WaitBegan:
                _began[(e.Word, e.Thread)] = ((e.Value & 1) != 0, sequence);
                break;
            case EventOp.WaitReturned:
                if (_began.Remove((e.Word, e.Thread), out var b) && e.Value == 1 && !b.Signaled && newestSet <= b.Sequence)
                    Fail($"thread {e.Thread}'s wait on {_names.Of("event", e.Word)} returned signaled, but the event was not set when the wait began nor since");
                break;
        }
    }
}

/// <summary>
/// NoMissedSet, from tla/Event/Event.tla:
/// <code>
/// NoMissedSet == \A t \in Threads : pc[t] = "timed_out" => ~setAtBegin[t] /\ sets = setsAtBegin[t]
/// </code>
/// A timed wait on an <c>IpcEvent</c> gives up only if no set happened since it began, even one that was reset at once
/// (a pulse). Under the scheduler a timed wait expires only when no thread can make progress, so a set that preceded
/// the expiry must have been seen: giving up after one is a lost wake-up.
/// </summary>
public sealed class EventNoMissedSetMonitor : PropertyMonitor, IMonitorOf<EventEvent>
{
    private readonly IpcNames _names = new();
    private Dictionary<nint, int>? _sets;
    private Dictionary<(nint, int), (bool Signaled, int Sets)>? _began;

    public override void OnEvent(object e) { }

    public void On(in EventEvent e)
    {
        _sets ??= new Dictionary<nint, int>();
        _began ??= new Dictionary<(nint, int), (bool, int)>();
        int sets = _sets.GetValueOrDefault(e.Word);
        switch (e.Op)
        {
            case EventOp.Set:
                _sets[e.Word] = sets + 1;
                break;
            case EventOp.WaitBegan:
                _began[(e.Word, e.Thread)] = ((e.Value & 1) != 0, sets);
                break;
            case EventOp.WaitReturned:
                if (_began.Remove((e.Word, e.Thread), out var b) && e.Value == 0 && (b.Signaled || sets != b.Sets))
                    Fail($"thread {e.Thread}'s wait on {_names.Of("event", e.Word)} timed out after {sets - b.Sets} set(s) since it began");
                break;
        }
    }
}
