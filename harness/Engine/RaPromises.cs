using System.Collections.Generic;

namespace Weft.Engine;

/// <summary>
/// Promises of the release/acquire model (<see cref="RaMemory"/>): bounded speculation that lets a relaxed load read a
/// value a store of another thread has not yet written, which load buffering's weak outcome needs (C11 allows it for
/// relaxed accesses and ARM shows it). The mechanism is CDSChecker's (Norris and Demsky, OOPSLA 2013: a load may read a
/// "future value" found by an earlier execution, as a promise some later store must keep), with candidates certified as
/// in the promising semantics (Kang, Hur, Lahav, Vafeiadis and Dreyer, "A Promising Semantics for Relaxed-Memory
/// Concurrency", POPL 2017: the promising thread must be able to write the value without depending on the load).
///
/// Certification. A relaxed load L by thread t is kept by its location (<see cref="RaLocation"/>, the newest
/// <see cref="RaLocation.LoadBound"/>) with the hash of the decisions that led to it. A later plain store S of value v
/// to that location by a thread T (not t, not the main thread, v within ±<see cref="ValueBound"/>) certifies (T, v) for
/// L when S does not depend on L: S does not happen after L, and T has read no store made after L (a conservative
/// stand-in for "v does not depend on L": any chain from L to S through reads-from passes a store made after L).
/// Only executions that have made no promise yet certify, so every certified value was computed by a real execution,
/// never by speculation: no value is out of thin air. The certified values are kept across iterations under the
/// decision-prefix hash (at most <see cref="CandidatesPerLoad"/> per load, <see cref="TableBound"/> prefixes).
///
/// Promising. At a relaxed int or long load whose prefix has certified values, the load's read decision gets one more
/// option, "promise", then a choice among the certified values; DFS and DPOR offer the option at every relaxed load
/// while some thread other than the loader has not finished, a worker that may keep it or a thread that may still
/// create one (their option counts must be a function of the prefix, whatever a worker created after the load certifies
/// later, and they reach the option only after every run under the load's other options, which certify its values),
/// and an execution that chooses it with nothing certified is discarded at once. At most <see cref="PerExecution"/> promise is made per
/// execution. A schedule records a promise as two value steps, <c>v(MarkerBase + T)</c> and the zigzag-encoded value,
/// so a replay needs no certificate.
///
/// Keeping. The promise is kept by the first relaxed or release plain store of T to the location with the promised
/// value that does not happen after the load; that store goes last in modification order and counts as read by the
/// load (coherence), and its synchronization clock goes to the loader's pending acquire as a relaxed load's would. The
/// execution is infeasible, and discarded (counted, neither a bug nor an outcome), when T ends without keeping it, when
/// the loader stores to, read-modify-writes or acquire-loads the location or runs a fence (or lock, futex, spawn or
/// join) before it is kept (coherence and synchronization with a store that has not run could not be checked), or when
/// any bug is reached while it is outstanding (the failure might belong to an execution that cannot happen). A relaxed
/// re-read of the location by the loader reads the promise again: every store that exists precedes the promised one in
/// modification order, so coherence allows nothing else.
/// </summary>
internal sealed class RaPromises
{
    /// <summary>Promises per execution: one is enough for load buffering; a weak outcome needing two is missed.</summary>
    public const int PerExecution = 1;

    /// <summary>Certified values kept per load (per decision prefix), in the order they were certified.</summary>
    public const int CandidatesPerLoad = 4;

    /// <summary>Decision prefixes kept with certified values; past it no new prefix is certified (a bounded table).</summary>
    public const int TableBound = 1 << 16;

    /// <summary>Values promised lie strictly between -2^30 and 2^30 (their zigzag code fits one schedule value step).</summary>
    public const int ValueBound = 1 << 30;

    /// <summary>A schedule's value step at or above this marks a promise: <c>MarkerBase + thread</c>, then the value.</summary>
    public const int MarkerBase = 1 << 30;

    private readonly Dictionary<ulong, List<PromiseCandidate>> _certified = new();

    /// <summary>True once this execution made its promise: no more promises and no more certification.</summary>
    public bool Made { get; private set; }

    /// <summary>True while the promise of this execution waits for its store.</summary>
    public bool Outstanding { get; private set; }

    /// <summary>The loading thread and its own clock entry at the load.</summary>
    public int Loader { get; private set; }

    public int LoaderEpoch { get; private set; }

    /// <summary>The promising thread and the promised value.</summary>
    public PromiseCandidate Promise { get; private set; }

    /// <summary>The location the promise is about.</summary>
    public RaLocation? Location { get; private set; }

    /// <summary>Promises made, kept and broken (the execution discarded) over the runtime's life.</summary>
    public long MadeCount { get; private set; }

    public long KeptCount { get; private set; }

    public long BrokenCount { get; private set; }

    /// <summary>Forgets this execution's promise (the certified values stay: they are keyed by decision prefix).</summary>
    public void Reset()
    {
        Made = false;
        Outstanding = false;
        Location = null;
    }

    /// <summary>The values certified for the load reached after the decisions hashed to <paramref name="prefix"/>, or null.</summary>
    public List<PromiseCandidate>? CandidatesAt(ulong prefix) => _certified.TryGetValue(prefix, out var list) ? list : null;

    /// <summary>Records that <paramref name="candidate"/> may be promised to the load reached after <paramref name="prefix"/>.</summary>
    public void Certify(ulong prefix, PromiseCandidate candidate)
    {
        if (!_certified.TryGetValue(prefix, out var list))
        {
            if (_certified.Count >= TableBound) return;
            _certified.Add(prefix, list = new List<PromiseCandidate>(1));
        }
        if (list.Count < CandidatesPerLoad && !list.Contains(candidate)) list.Add(candidate);
    }

    /// <summary>The load of <paramref name="loader"/> at its clock entry <paramref name="epoch"/> read <paramref name="promise"/>.</summary>
    public void Make(int loader, int epoch, RaLocation location, PromiseCandidate promise)
    {
        Made = true;
        Outstanding = true;
        Loader = loader;
        LoaderEpoch = epoch;
        Location = location;
        Promise = promise;
        MadeCount++;
    }

    /// <summary>A store kept the promise.</summary>
    public void Keep()
    {
        Outstanding = false;
        KeptCount++;
    }

    /// <summary>The promise can no longer be kept: the execution is discarded.</summary>
    public void Break()
    {
        Outstanding = false;
        BrokenCount++;
    }

    /// <summary>True when <paramref name="bits"/> may be promised (see <see cref="ValueBound"/>).</summary>
    public static bool Fits(long bits) => bits > -ValueBound && bits < ValueBound;

    /// <summary>The zigzag code of a value that <see cref="Fits"/>: a non-negative int.</summary>
    public static int Encode(long bits) => (int)((bits << 1) ^ (bits >> 63));

    public static long Decode(int code) => (long)((uint)code >> 1) ^ -(long)(code & 1);
}
