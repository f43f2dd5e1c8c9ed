using System;
using System.Runtime.CompilerServices;
#if WEFT_CONTROLLED
using Weft.Engine;
#endif

namespace Weft.Platform;

/// <summary>
/// Bounded exponential backoff with jitter (tier 0 "backoff"), for retry loops after a failed CAS.
/// Each <see cref="Wait"/> spins a random number of iterations in [limit/2, limit] and doubles the limit up to
/// the ceiling. In <see cref="BackoffMode.Adaptive"/> mode the ceiling itself moves: <see cref="Succeeded"/>
/// after a first-try success halves it, and reaching it doubles it (within [min, max]).
/// A value type owned by one thread for one operation: no shared state, no atomics.
/// In the controlled build a wait is one scheduling point (a yield) instead of a spin: spinning would add
/// nothing but steps, while the yield lets the scheduler run the thread that holds things up.
/// </summary>
public struct Backoff
{
    private readonly WeftConfig _config;
    private int _limit;
    private int _ceiling;
    private uint _rng;

    public Backoff(WeftConfig config, int seed = 0)
    {
        _config = config;
        _limit = config.BackoffMin;
        _ceiling = config.BackoffMax;
        _rng = (uint)(seed * 2654435761u) | 1;
    }

    /// <summary>The current upper bound of one wait, in spin iterations.</summary>
    public readonly int Limit => _limit;

    public void Wait(
#if WEFT_CONTROLLED
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0
#endif
    )
    {
#if WEFT_CONTROLLED
        if (Sched.Active)
        {
            Sched.Point(OpKind.Yield, file, line);
            Grow();
            return;
        }
#endif
        _rng ^= _rng << 13;
        _rng ^= _rng >> 17;
        _rng ^= _rng << 5;
        int half = Math.Max(1, _limit / 2);
        int spins = half + (int)(_rng % (uint)(_limit - half + 1));
        System.Threading.Thread.SpinWait(spins);
        Grow();
    }

    private void Grow()
    {
        if (_limit < _ceiling) _limit = Math.Min(_ceiling, _limit * 2);
        else if (_config.Backoff == BackoffMode.Adaptive) _ceiling = Math.Min(_config.BackoffMax, _ceiling * 2);
    }

    /// <summary>Reports an operation that succeeded without contention: resets the limit and, when adaptive, lowers the ceiling.</summary>
    public void Succeeded()
    {
        _limit = _config.BackoffMin;
        if (_config.Backoff == BackoffMode.Adaptive) _ceiling = Math.Max(_config.BackoffMin, _ceiling / 2);
    }
}
