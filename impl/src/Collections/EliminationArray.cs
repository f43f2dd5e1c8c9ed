using System;
using Weft.Atomics;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Collections;

/// <summary>
/// The elimination array of an elimination-backoff stack (D. Hendler, N. Shavit, L. Yerushalmi, "A Scalable
/// Lock-free Stack Algorithm", SPAA 2004): a <see cref="TreiberStack"/> built with one uses it as its backoff. A push
/// that lost its CAS on the top posts its value in a slot for one backoff wait; a pop that lost its CAS looks at a
/// slot and, finding a push's offer there, takes the value; a pop also looks once before its first CAS (one load of
/// a slot that is usually empty), so it can meet a waiting push without having lost a CAS itself. The push and the
/// pop then cancel out without touching the top: both linearize at the taker's winning CAS on the slot, the push immediately before the pop, a legal
/// sequential history that leaves the stack as it was (both operations are pending at that instant: the offerer is
/// still inside its push, waiting, and the taker inside its pop).
///
/// Words. A slot is 0 (empty) or an offer word <c>(sequence &lt;&lt; 16) | (thread index + 1)</c>; each thread
/// numbers its offers 1, 2, ..., so an offer word is never posted twice and a CAS that expects one cannot succeed
/// against a later offer (no ABA). The offered value is not in the slot (a whole long does not fit beside the
/// offer's identity) but in the offerer's own cell, which only the offerer writes, and only while it has no offer
/// posted: written before the posting CAS (release), read by the taker after its acquire load of the offer word.
/// A taker that reads the cell late (the offerer withdrew and re-offered meanwhile) read the wrong value, but then
/// the slot no longer holds the offer word it read and its CAS fails. Invariant: while a slot holds offer (s, p),
/// thread p is inside a push of the value in its cell, has not linearized it, and no pop has taken it; removing
/// the word from the slot is either the taker's CAS (the value is handed over exactly once, and p's withdrawal then
/// fails and p returns) or p's own withdrawal CAS (no pop can take it any more, and p goes back to the stack).
/// Only these two CAS remove an offer, and only an empty slot accepts one.
///
/// Reclamation. The exchange hands over a value, never a node: the pusher's node was allocated through the stack's
/// reclaimer but never published (it is only linked by the top CAS, which the pusher did not win), so no other
/// thread has its handle; after the exchange the pusher frees it straight back to the pool, as an operation frees a
/// node it allocated and did not use. The popper touches no node in the exchange, so the reclaimers' rules are
/// untouched: IBR's reservations and DEBRA's announcements protect only nodes read from the top, and a DEBRA+
/// neutralization (raised only at Protect and Validate, which the exchange does not call) cannot interrupt an
/// exchange half done. Slots, cells and per-thread counters are allocated once, with the array: an exchange
/// allocates nothing.
///
/// Slot choice: each thread draws a slot at random (its own xorshift state) among <see cref="Slots"/>; Hendler et
/// al. adapt the range to the load, this array keeps it fixed (one slot per two threads by default).
/// Monitor (controlled build): <c>EliminationHandsOverOnceMonitor</c> follows its <c>ExchangeEvent</c>s.
/// </summary>
public sealed class EliminationArray
{
    /// <summary>Array elements per slot, cell and thread record: 8 longs, one cache line, so neighbours do not share a line.</summary>
    private const int Stride = 8;

    private const int ThreadBits = 16;
    private const long ThreadMask = (1L << ThreadBits) - 1;
    private const long Empty = 0;

    private readonly AtomicInt64[] _slots;   // slot i at i * Stride: Empty or an offer word
    private readonly AtomicInt64[] _offered; // thread i's offered value at i * Stride
    private readonly long[] _local;          // thread i at i * Stride: the last offer's sequence; + 1: slot-choice state (owner only)
    private readonly bool _withdrawByStore;
    private int _claimed;
#if WEFT_CONTROLLED
    private readonly int _id = SchedulingHooks.NewObjectId();
#endif

    /// <summary>
    /// An elimination array for threads of <paramref name="reclaimer"/> (its thread indices name the offerers).
    /// </summary>
    /// <param name="slots">0: one slot per two threads (at least one).</param>
    /// <param name="visitFirst">
    /// Every operation visits the array before its first CAS on the top, as if that CAS had been lost (a push offers
    /// its value for one wait, a pop looks for an offer): the tests' way to drive the exchange in short schedules.
    /// </param>
    public EliminationArray(Reclaimer reclaimer, int slots = 0, bool visitFirst = false)
    {
        ArgumentNullException.ThrowIfNull(reclaimer);
        if (slots < 0) throw new ArgumentOutOfRangeException(nameof(slots), slots, "expected 0 (the default) or a positive slot count");
        if (reclaimer.MaxThreads >= (int)ThreadMask) throw new ArgumentOutOfRangeException(nameof(reclaimer), reclaimer.MaxThreads, $"expected at most {ThreadMask - 1} threads");
        Reclaimer = reclaimer;
        Slots = slots == 0 ? Math.Max(1, reclaimer.MaxThreads / 2) : slots;
        VisitFirst = visitFirst;
        _withdrawByStore = reclaimer.Config.SeededBug == SeededBug.TreiberEliminationWithdrawByStore;
        _slots = new AtomicInt64[Slots * Stride];
        _offered = new AtomicInt64[reclaimer.MaxThreads * Stride];
        _local = new long[reclaimer.MaxThreads * Stride];
        for (int i = 0; i < reclaimer.MaxThreads; i++) _local[i * Stride + 1] = unchecked((i + 1) * (long)0x9E3779B97F4A7C15UL) | 1;
    }

    /// <summary>The reclaimer whose thread handles operate on the array (the stack's own).</summary>
    public Reclaimer Reclaimer { get; }

    /// <summary>The number of slots.</summary>
    public int Slots { get; }

    /// <summary>Operations visit the array before their first CAS (see the constructor).</summary>
    public bool VisitFirst { get; }

    /// <summary>Binds the array to the one stack it serves: an offer is taken by any pop that finds it, so two stacks sharing an array would exchange values between them.</summary>
    internal void Claim()
    {
        if (System.Threading.Interlocked.Exchange(ref _claimed, 1) != 0)
            throw new InvalidOperationException("this elimination array already serves a stack; give each stack its own");
    }

    /// <summary>
    /// A push that lost its CAS (or visits first) offers <paramref name="value"/> for one backoff wait of
    /// <paramref name="t"/>. True: a pop took it, and the push has taken effect (at that pop's CAS); the caller
    /// frees its unpublished node and returns. False: no pop took it (or the slot was busy); the push goes back to
    /// the top. The wait is the backoff the plain stack would have spent.
    /// </summary>
    internal bool Offer(ReclaimerThread t, long value)
    {
        int me = t.Index;
        ref AtomicInt64 slot = ref _slots[ChooseSlot(me) * Stride];
        if (slot.Load(MemoryOrder.Relaxed) != Empty)
        {
            t.Backoff.Wait(); // another operation's offer: back off as the plain stack would
            return false;
        }
        long sequence = ++_local[me * Stride];
        long offer = (sequence << ThreadBits) | (uint)(me + 1);
        _offered[me * Stride].Store(value, MemoryOrder.Relaxed); // published by the posting CAS (release)
        // Winning this CAS posts the offer: from now on a pop may take the value, until this thread withdraws it.
        if (!slot.TryCompareExchange(Empty, offer, MemoryOrder.Release))
        {
            t.Backoff.Wait();
            return false;
        }
        Emit(ExchangeStepKind.Offered, me, sequence, value);
        t.Backoff.Wait(); // the window in which a pop may take the offer
        if (_withdrawByStore)
        {
            // The seeded defect: a store empties the slot whoever holds it, and the push goes on as if withdrawn,
            // although a pop may already have taken the value (it is then pushed as well: handed over twice).
            slot.Store(Empty, MemoryOrder.Relaxed);
            Emit(ExchangeStepKind.Withdrawn, me, sequence, value);
            return false;
        }
        // Winning this CAS withdraws the offer: no pop took the value, and none can now; the push returns to the top.
        if (slot.TryCompareExchange(offer, Empty, MemoryOrder.Relaxed))
        {
            Emit(ExchangeStepKind.Withdrawn, me, sequence, value);
            return false;
        }
        // Lost: only a taker's CAS removes another thread's offer, so a pop has the value and the push is done.
        Emit(ExchangeStepKind.HandedOver, me, sequence, value);
        return true;
    }

    /// <summary>
    /// A pop that lost its CAS (or visits first) looks for a push's offer, once before and once after a backoff
    /// wait. True: it took <paramref name="value"/>, and the offering push and this pop have taken effect, in that
    /// order (at this thread's winning CAS on the slot). False: no offer was taken; the pop goes back to the top.
    /// </summary>
    internal bool Take(ReclaimerThread t, out long value)
    {
        if (TryTake(t.Index, out value)) return true;
        t.Backoff.Wait();
        return TryTake(t.Index, out value);
    }

    /// <summary>A pop's look before its first CAS: takes an offer if its slot holds one (one load when it is empty), never waits.</summary>
    internal bool TakePosted(ReclaimerThread t, out long value) => TryTake(t.Index, out value);

    private bool TryTake(int me, out long value)
    {
        ref AtomicInt64 slot = ref _slots[ChooseSlot(me) * Stride];
        long offer = slot.Load(MemoryOrder.Acquire);
        value = 0;
        if (offer == Empty) return false;
        int offerer = (int)(offer & ThreadMask) - 1;
        long offered = _offered[offerer * Stride].Load(MemoryOrder.Relaxed); // ordered after the posting CAS by the acquire above; the CAS below validates it
        // Winning this CAS takes the offer: the offering push and this pop linearize here, the push first; the slot is
        // empty again, and the offerer's withdrawal will fail.
        if (!slot.TryCompareExchange(offer, Empty, MemoryOrder.Acquire)) return false;
        value = offered;
        Emit(ExchangeStepKind.Taken, offerer, offer >> ThreadBits, offered);
        return true;
    }

    /// <summary>The slot this thread visits now: a draw of its own xorshift state (no shared access).</summary>
    private int ChooseSlot(int me)
    {
        if (Slots == 1) return 0;
        ref long s = ref _local[me * Stride + 1];
        s ^= s << 13;
        s ^= (long)((ulong)s >> 7);
        s ^= s << 17;
        return (int)((ulong)s % (ulong)Slots);
    }

    /// <summary>The steps of an exchange, as <c>Weft.Monitors.ExchangeStep</c> numbers them.</summary>
    private enum ExchangeStepKind { Offered, Taken, Withdrawn, HandedOver }

    /// <summary>Controlled build: reports an exchange step to the monitors (EliminationHandsOverOnceMonitor). Compiled away in production.</summary>
    [System.Diagnostics.Conditional("WEFT_CONTROLLED")]
    private void Emit(ExchangeStepKind step, int offerer, long sequence, long value)
    {
#if WEFT_CONTROLLED
        SchedulingHooks.Emit(new ExchangeEvent(_id, (ExchangeStep)step, offerer, sequence, value, SchedulingHooks.ThreadId));
#endif
    }
}
