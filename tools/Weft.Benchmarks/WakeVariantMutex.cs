using System;
using System.Threading;
using Weft.Atomics;
using Weft.Ipc;

namespace Weft.Benchmarks;

/// <summary>
/// A benchmark-only futex mutex with <see cref="IpcMutex"/>'s word (owner id bits 0-29, waiters bit 31) and one
/// of two alternative wake steps (see <see cref="IpcMutexWakeBench"/>). Not verified and not for use: it exists to
/// measure what the library's wake step would gain or lose. The owner id is a fixed 1 (the threads of one process
/// share a pid in the library too).
///
/// Hand-off: a release whose CAS fails on the waiters bit CASes the word from owner|waiters to <c>HandOffWord</c>
/// (waiters bit plus bit 30) and wakes one sleeper. Winning that CAS reserves the lock for whichever sleeper returns
/// from its wait first: only a thread back from FUTEX_WAIT may CAS HandOffWord to owner|waiters (winning it is
/// taking the handed-off lock); spinners and newcomers see a non-zero word and yield until it changes (they do not
/// sleep on it). If the wake finds nobody asleep the release retracts the reservation with a CAS back to 0. No wake
/// is lost: the reserved word keeps the waiters bit, and the thread that takes it keeps the bit, so its release
/// wakes again.
///
/// Spin after wake: the library's protocol, except that a thread back from its wait that finds the lock held spins
/// (the same adaptive rule as a first-time contender) before it marks the word and sleeps again.
/// </summary>
internal sealed class WakeVariantMutex : IDisposable
{
    public enum Strategy { HandOff, SpinAfterWake }

    private const int Self = 1;
    private const int OwnerMask = 0x3FFF_FFFF;
    private const int Waiters = unchecked((int)0x8000_0000);
    private const int HandOffWord = Waiters | 0x4000_0000;
    private const int WordOffset = 8;

    private readonly ShmSegment _segment = ShmSegment.CreateInProcess(64);
    private readonly Strategy _strategy;
    private readonly int _maxSpin;
    private int _spinEstimate;

    public WakeVariantMutex(Strategy strategy, int maxSpin)
    {
        _strategy = strategy;
        _maxSpin = maxSpin;
    }

    private ref AtomicInt32 Word => ref _segment.Int32At(WordOffset);

    public void Acquire()
    {
        // Winning this CAS (0 -> owner) is the uncontended acquire.
        int c = Word.CompareExchange(0, Self, MemoryOrder.Acquire);
        if (c == 0 || TrySpin()) return;
        Contended(Word.Load(MemoryOrder.Acquire), wokenOnce: false);
    }

    private void Contended(int c, bool wokenOnce)
    {
        while (true)
        {
            if (c == HandOffWord)
            {
                // Winning this CAS (reserved word -> owner | waiters) is taking the lock handed to a woken thread.
                if (wokenOnce && Word.CompareExchange(HandOffWord, Self | Waiters, MemoryOrder.Acquire) == HandOffWord) return;
                // A thread that never slept does not sleep on the reserved word: the release may retract it without a wake.
                Thread.Yield();
                c = Word.Load(MemoryOrder.Acquire);
                continue;
            }
            if ((c & OwnerMask) == 0)
            {
                // Winning this CAS (free word -> owner | waiters) is taking the lock, the bit kept for other sleepers.
                int seen = Word.CompareExchange(c, Self | Waiters, MemoryOrder.Acquire);
                if (seen == c) return;
                c = seen;
                continue;
            }
            if (wokenOnce && _strategy == Strategy.SpinAfterWake && TrySpin()) return;
            if ((c & Waiters) == 0)
            {
                // Winning this CAS (c -> c | waiters) obliges the holder to wake one sleeper at its release.
                int seen = Word.CompareExchange(c, c | Waiters, MemoryOrder.Acquire);
                if (seen != c)
                {
                    c = seen;
                    continue;
                }
                c |= Waiters;
            }
            _segment.FutexWait(WordOffset, c);
            wokenOnce = true;
            c = Word.Load(MemoryOrder.Acquire);
        }
    }

    private bool TrySpin()
    {
        int max = Math.Min(_maxSpin, _spinEstimate * 2 + 10);
        for (int n = 1; n <= max; n++)
        {
            // Winning this CAS (0 -> owner) is taking the lock while spinning.
            if (Word.Load(MemoryOrder.Relaxed) == 0 && Word.CompareExchange(0, Self, MemoryOrder.Acquire) == 0)
            {
                _spinEstimate += (n - _spinEstimate) / 8;
                return true;
            }
            Thread.SpinWait(8);
        }
        _spinEstimate += (max - _spinEstimate) / 8;
        return false;
    }

    public void Release()
    {
        // Winning this CAS (owner -> 0) is the uncontended release.
        int old = Word.CompareExchange(Self, 0, MemoryOrder.Release);
        if (old == Self) return;
        if (_strategy == Strategy.HandOff)
        {
            // Only the holder changes a word with its owner and the waiters bit: this store reserves the lock for a woken thread.
            Word.Store(HandOffWord, MemoryOrder.Release);
            if (_segment.FutexWake(WordOffset, 1) > 0) return;
            // Nobody was asleep (the bit was set conservatively, or the marker has not slept yet and will see the
            // changed word). Winning this CAS (reserved word -> 0) retracts the hand-off; losing it: a thread back from
            // its wait took the lock.
            Word.CompareExchange(HandOffWord, 0, MemoryOrder.Release);
            return;
        }
        Word.Exchange(0, MemoryOrder.Release);
        _segment.FutexWake(WordOffset, 1);
    }

    public void Dispose() => _segment.Dispose();
}
