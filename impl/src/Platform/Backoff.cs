using System;
using System.Runtime.CompilerServices;

namespace Weft.Platform;

/// <summary>
/// Bounded exponential backoff with jitter (tier 0 "backoff"), for retry loops after a failed CAS: a thread that
/// lost a CAS waits before it reads the contended word again, so the winner's next operation is not slowed by a
/// line that keeps moving to the losers (and the losers do not all retry at the same instant).
/// Each <see cref="Wait"/> spins a random number of iterations in [limit/2, limit] and doubles the limit up to
/// the ceiling. <see cref="Succeeded"/>, called when an operation that had to wait completes, resets the limit.
/// In <see cref="BackoffMode.Adaptive"/> mode the ceiling itself moves: a wait at the ceiling doubles it and
/// <see cref="Succeeded"/> halves it (within [min, max]), so it settles where operations stop failing.
/// <see cref="BackoffMode.None"/> never waits. An operation that succeeds at its first CAS touches none of this.
/// Owned by one thread (a <see cref="Weft.Reclamation.ReclaimerThread"/> holds the one its operations use): no
/// shared state, no atomics, and waiting is no shared-memory step (a TLA+ trace sees none).
/// In the controlled build a wait is one scheduling point (a yield) instead of a spin, never a sleep: spinning
/// would add nothing but steps, while the yield lets the scheduler run the thread that holds things up.
/// </summary>
public struct Backoff
{
    private readonly WeftConfig _config;
    private int _limit;
    private int _ceiling;
    private uint _rng;

    public Backoff(WeftConfig config, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.BackoffMin < 1 || config.BackoffMax < config.BackoffMin)
            throw new ConfigException($"backoff bounds [{config.BackoffMin}, {config.BackoffMax}]: expected 1 <= BackoffMin <= BackoffMax");
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
        if (_config.Backoff == BackoffMode.None) return;
#if WEFT_CONTROLLED
        if (SchedulingHooks.Active)
        {
            SchedulingHooks.Point(OpKind.Yield, file, line);
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

    /// <summary>Reports that the operation which waited has succeeded: resets the limit and, when adaptive, lowers the ceiling.</summary>
    public void Succeeded()
    {
        _limit = _config.BackoffMin;
        if (_config.Backoff == BackoffMode.Adaptive) _ceiling = Math.Max(_config.BackoffMin, _ceiling / 2);
    }
}
