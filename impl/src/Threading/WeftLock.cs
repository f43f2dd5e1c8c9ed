using System.Runtime.CompilerServices;

namespace Weft.Threading;

/// <summary>
/// A mutual-exclusion lock mirroring <see cref="System.Threading.Lock"/> (<c>Enter</c>, <c>TryEnter</c>, <c>Exit</c>).
/// Production build: <see cref="System.Threading.Lock"/>. Controlled build inside a test: acquire and release are
/// scheduling points and blocking is modeled: a thread that finds the lock held is not enabled until the owner
/// releases it, and then retries (so every waiter order is explorable).
/// Not reentrant: entering a lock the thread already holds is a deadlock, as the engine will report.
/// </summary>
public sealed partial class WeftLock
{
    private readonly System.Threading.Lock _lock = new();

    /// <summary>
    /// The controlled thread holding the lock, -1 when free (controlled build, read without a scheduling point by
    /// refinement mappings); -1 in production, which records no holder (<see cref="ReadOwner"/> has no implementation
    /// there and its call is removed).
    /// </summary>
    internal int PeekOwner
    {
        get
        {
            int owner = -1;
            ReadOwner(ref owner);
            return owner;
        }
    }

    /// <summary>Controlled build: the holder the engine-modelled acquire recorded (src/ControlledOnly/Threading/WeftLock.Owner.cs).</summary>
    partial void ReadOwner(ref int owner);

    public void Enter(
#if WEFT_CONTROLLED
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        if (SchedulingHooks.Active)
        {
            SchedulingHooks.Access(OpKind.LockAcquire, this, file, line);
            while (_owner != -1) SchedulingHooks.Block(this, futex: false);
            _owner = SchedulingHooks.ThreadId;
            return;
        }
#endif
        _lock.Enter();
    }

    public bool TryEnter(
#if WEFT_CONTROLLED
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        if (SchedulingHooks.Active)
        {
            SchedulingHooks.Access(OpKind.LockAcquire, this, file, line);
            if (_owner != -1) return false;
            _owner = SchedulingHooks.ThreadId;
            return true;
        }
#endif
        return _lock.TryEnter();
    }

    public void Exit(
#if WEFT_CONTROLLED
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        if (SchedulingHooks.Active)
        {
            SchedulingHooks.Access(OpKind.LockRelease, this, file, line);
            if (_owner != SchedulingHooks.ThreadId)
                throw new System.Threading.SynchronizationLockException($"thread {SchedulingHooks.ThreadId} released a lock held by {(_owner < 0 ? "nobody" : "thread " + _owner)}");
            _owner = -1;
            SchedulingHooks.Wake(this, int.MaxValue);
            return;
        }
#endif
        _lock.Exit();
    }
}
