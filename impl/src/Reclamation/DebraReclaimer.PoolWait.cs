using System;
using System.Diagnostics;
using Weft.Memory;
using Weft.Platform;
using Weft.Threading;

namespace Weft.Reclamation;

/// <summary>
/// Plain DEBRA's wait at the pool's maximum. DEBRA bounds no garbage while a thread stays inside an operation: its
/// announcement holds the epoch back, and every node retired meanwhile waits in limbo (Brown, PODC 2015, section 4;
/// DEBRA+ neutralizes such a thread instead). On a loaded machine a thread is descheduled inside an operation for long
/// stretches, and the others' limbo fills a pool that can grow up to its maximum. An allocation that finds the pool
/// exhausted therefore waits for reclamation, for at most <see cref="WeftConfig.DebraPoolWaitMilliseconds"/> of wall
/// time (under the scheduler, <see cref="WeftConfig.DebraPoolWaitRounds"/> rounds), and then throws
/// <see cref="PoolExhaustedException"/> saying how long it waited and why: a thread that never leaves its operation
/// exhausts the pool as before, only later.
///
/// One round. Outside an operation (the Treiber stack's push, a structure's <see cref="Reclaimer.AwaitReclamation"/>
/// after it abandoned an operation), the thread runs an empty operation, <see cref="BeginOperation"/> then
/// <see cref="EndOperation"/>, exactly what <see cref="Flush"/> runs: it announces the epoch it reads, rotates its bags
/// if the epoch moved (freeing the oldest, whose nodes were retired two epochs before), checks one thread every
/// <see cref="WeftConfig.EpochCheckInterval"/> such operations and advances the epoch when all were seen quiescent or
/// current, then goes quiescent. Inside an operation it cannot rotate: its own announcement keeps its bags, so it
/// waits for the other threads' rotations to return slots, and two threads waiting there wait for each other. So the
/// structures that allocate before they publish anything (both trees, both skiplists) allocate with
/// <see cref="Reclaimer.AllocateRestartable"/>, end the operation at the maximum and wait outside it; only LSCQ and
/// LCRQ, which allocate inside operations they cannot abandon, wait inside. Then it yields
/// (<see cref="WeftThread.Yield"/>: a scheduling point in the controlled build, whose yield rule runs the other
/// threads first; in production a yield, and after the first rounds a 1 ms sleep, so that a descheduled thread gets
/// the core and leaves its operation) and retries the allocation. A structure's wait takes as many slots as the
/// restarted operation allocates (the EFRB tree's insert four) and hands them to the thread's magazine, so that the
/// restart finds them there; a wait that runs out hands back those it took before it throws.
///
/// Why the verified steps do not change. A round is built from steps tla/DEBRA already has: the empty operation is the
/// spec's BeginOperation and EndOperation actions (begin_read_epoch, rotate_free, check_*, begin_announce,
/// end_announce) with no Protect between them, that is a reading thread's operation without its reads, which changes no
/// variable the spec's safety properties constrain (it holds no handle); an allocation is the spec's alloc (or
/// DebraAllocExhausted, after which the spec's thread ends its operation as the structure does here), and a yield or
/// a sleep is no shared-memory step. No node is freed but by a rotation after the epoch moved, so the invariant
/// of the class essay is untouched; the seeded defect <see cref="SeededBug.DebraPoolWaitFreesLimbo"/> frees the bags
/// without it and is caught as a use-after-free.
/// </summary>
public sealed partial class DebraReclaimer
{
    /// <summary>Production: rounds that yield before the wait sleeps 1 ms per round.</summary>
    private const int YieldingRounds = 16;

    private readonly bool _waitsAtCapacity;

    public override bool WaitsAtCapacity => _waitsAtCapacity;

    public override long Allocate(ReclaimerThread t)
    {
        if (!_waitsAtCapacity) return Pool.Allocate(t.Index);
        try
        {
            return Pool.Allocate(t.Index);
        }
        catch (PoolExhaustedException exhausted)
        {
            return AllocateOneAfterWait(t, exhausted);
        }
    }

    /// <summary>The pool's allocation, which throws at once at the maximum: the structure abandons its operation and waits outside it.</summary>
    public override long AllocateRestartable(ReclaimerThread t) => Pool.Allocate(t.Index);

    public override void AwaitReclamation(ReclaimerThread t, PoolExhaustedException exhausted, int slots)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slots);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(slots, MaxSlotsPerOperation);
        if (!_waitsAtCapacity)
        {
            base.AwaitReclamation(t, exhausted, slots); // rethrows
            return;
        }
        // The slots the wait obtained go back to this thread's magazine, where the restarted operation takes them (no
        // other thread takes from it). All the slots the operation allocates: with fewer, an insert that needs four
        // would find the pool exhausted again, return the slots it took, and wait for them again, each wait ending at
        // once with a slot, so that it restarted without end and never ran the wait out.
        Span<long> taken = stackalloc long[slots];
        AllocateAfterWait(t, exhausted, taken);
        foreach (long slot in taken) Pool.FreeLocal(t.Index, slot);
    }

    /// <summary>The most slots one operation of a structure allocates before it publishes anything (the EFRB tree's insert).</summary>
    private const int MaxSlotsPerOperation = 4;

    /// <summary>Inside an operation (<see cref="Allocate"/>): one slot, after the wait.</summary>
    private long AllocateOneAfterWait(ReclaimerThread t, PoolExhaustedException exhausted)
    {
        long slot = NodePool.Null;
        AllocateAfterWait(t, exhausted, new Span<long>(ref slot));
        return slot;
    }

    /// <summary>Rounds of reclamation, a yield and a retry until all of <paramref name="slots"/> are allocated or the
    /// wait runs out; a wait that runs out returns the slots it took before it throws.</summary>
    private void AllocateAfterWait(ReclaimerThread t, PoolExhaustedException exhausted, Span<long> slots)
    {
        bool outside = !t.Active;
        long start = ControlledRun.Active ? 0 : Stopwatch.GetTimestamp(); // wall time means nothing under the scheduler
        t.PoolWaits++;
        int taken = 0;
        try
        {
            for (int round = 0; ; round++)
            {
                if (WaitRanOut(start, round)) throw WaitedInVain(exhausted, start, round, outside);
                if (outside) Reclaim(t);
                YieldToOthers(round);
                taken = TakeSlots(t, slots, taken);
                if (taken == slots.Length) return;
            }
        }
        catch (PoolExhaustedException)
        {
            for (int i = 0; i < taken; i++) Pool.FreeLocal(t.Index, slots[i]); // never published: back to this thread's magazine
            throw;
        }
        finally
        {
            if (start != 0 && Stopwatch.GetElapsedTime(start) is var waited && waited > t.LongestPoolWait) t.LongestPoolWait = waited;
        }
    }

    /// <summary>Allocates the slots from <paramref name="taken"/> on until the pool has none free; returns how many are taken.</summary>
    private int TakeSlots(ReclaimerThread t, Span<long> slots, int taken)
    {
        try
        {
            for (; taken < slots.Length; taken++) slots[taken] = Pool.Allocate(t.Index);
        }
        catch (PoolExhaustedException)
        {
            // Still not enough free: another round.
        }
        return taken;
    }

    /// <summary>Outside an operation: an empty operation, which rotates this thread's bags when the epoch moved and helps move it.</summary>
    private void Reclaim(ReclaimerThread t)
    {
        if (Config.SeededBug == SeededBug.DebraPoolWaitFreesLimbo)
        {
            // The seeded defect: the waiting thread frees its bags without waiting for the epoch (NoUseAfterFree).
            foreach (var bag in t.Limbo) FreeBag(t, bag);
            return;
        }
        BeginOperation(t);
        EndOperation(t);
    }

    private bool WaitRanOut(long start, int round) => ControlledRun.Active
        ? round >= Config.DebraPoolWaitRounds
        : Stopwatch.GetElapsedTime(start).TotalMilliseconds >= Config.DebraPoolWaitMilliseconds;

    private static void YieldToOthers(int round)
    {
        if (ControlledRun.Active || round < YieldingRounds) WeftThread.Yield();
        else System.Threading.Thread.Sleep(1);
    }

    private PoolExhaustedException WaitedInVain(PoolExhaustedException exhausted, long start, int rounds, bool outside)
    {
        string waited = ControlledRun.Active ? $"{rounds} rounds" : $"{Stopwatch.GetElapsedTime(start).TotalMilliseconds:F0} ms ({rounds} rounds)";
        string how = outside
            ? "running empty operations to move the epoch and free its limbo bags"
            : "inside an operation, for the other threads' limbo bags";
        return new PoolExhaustedException(exhausted.Capacity,
            $"{exhausted.Message}. Plain DEBRA waited {waited} for reclamation, {how}, and no slot came free: a thread did "
            + "not leave its operation, so the epoch could not advance past it" + (outside ? "" : " (a thread waiting inside its own operation holds back its own limbo bags too)")
            + " (plain DEBRA bounds no garbage while a thread "
            + "stays inside an operation; DEBRA+ neutralizes such a thread and IBR bounds what it holds back). Raise the "
            + "wait with WEFT_DEBRA_POOL_WAIT_MS (WeftConfig.DebraPoolWaitMilliseconds) if the thread is only slow", exhausted);
    }
}
