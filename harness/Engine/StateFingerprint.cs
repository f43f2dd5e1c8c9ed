using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using System.IO.Hashing;
using System.Text;
using Weft.Tla;

namespace Weft.Engine;

/// <summary>
/// The identity of a state of the implementation at an action boundary, for the spec-level stateful search
/// (<see cref="StateSpace"/>): a 128-bit hash (XXH3-128, as TLC's fingerprints a non-cryptographic hash) of the UTF-16 code units of a canonical text of everything that
/// determines the run's future from here. It is the same information a TLC state holds, taken from the implementation:
/// <list type="number">
/// <item>the mapped spec state (<see cref="SpecInstance.Map"/>, every variable by name in ordinal order, values in
/// TLA+'s canonical print order): the shared memory the spec models and each thread's locals the workload keeps in
/// fields (<c>hp</c>, <c>newNode</c>, <c>pc</c>). Node identities are pool slots, not renamed; a value the mapping
/// cannot observe here prints as <see cref="Refinement.Any"/>;</item>
/// <item>what the mapping hides with <see cref="Refinement.Any"/> in this state but the future depends on
/// (<see cref="SpecInstance.Unobserved"/>: a limbo list a scan compacts in place);</item>
/// <item>each spec thread's position: finished, asleep in a futex wait (and whether it timed out), woken and not yet
/// resumed, or paused at a label with the live locals the code passes there (<c>StepLabel.At(label, live...)</c>:
/// a loop index, an era read into a local: the spec's unmapped variables, see
/// <see cref="SpecModel.UnmappedLiveAtLabels"/>), and whether its action waits for a held lock.</item>
/// </list>
/// Left out, on purpose: the thread that took the last action (it matters only to a preemption bound, which the
/// stateful search does not use), the history the event monitors accumulate (every transition is still executed once,
/// so a monitor that checks one access or one step sees every one), and handle tag bits beyond what the mapping keeps
/// (it maps a stale handle as <c>stale</c>). Two states with the same fingerprint therefore run the same futures, as far
/// as the mapping and the labels' live locals capture the implementation; an unmapped variable that no label passes is
/// the one gap, and the search reports it.
/// </summary>
internal sealed class StateFingerprint
{
    private readonly StringBuilder _text = new(4096);
    private readonly XxHash128 _hash = new();

    // The variables in the order the mapping enumerates them (_keys, this state's _values) and the enumeration index of
    // each in ordinal name order (_sorted): a model builds the same dictionary at every state, so the sort is redone
    // only when the enumeration's names differ from the last state's, and no value is looked up by name.
    private readonly List<string> _keys = new();
    private readonly List<TlaValue> _values = new();
    private readonly List<int> _sorted = new();

    /// <summary>The fingerprint of the state with mapped variables <paramref name="mapped"/>.</summary>
    public UInt128 Of(IReadOnlyDictionary<string, TlaValue> mapped, TlaValue? unobserved, List<ControlledThread> threads, IReadOnlyDictionary<int, string> deferred)
    {
        var sb = _text.Clear();
        ReadVariables(mapped);
        foreach (int k in _sorted)
        {
            sb.Append(_keys[k]).Append('=');
            _values[k].Print(sb);
            sb.Append('\n');
        }
        sb.Append("unobserved=");
        unobserved?.Print(sb);
        sb.Append('\n');
        for (int id = 1; id < threads.Count; id++) AppendThread(sb, threads[id], deferred.ContainsKey(id));
        return Hash(sb);
    }

    /// <summary>Reads the mapped variables' values in enumeration order; re-sorts the names when they changed.</summary>
    private void ReadVariables(IReadOnlyDictionary<string, TlaValue> mapped)
    {
        _values.Clear();
        bool same = mapped.Count == _keys.Count;
        foreach (var (name, value) in mapped)
        {
            if (same && !string.Equals(name, _keys[_values.Count], StringComparison.Ordinal)) same = false;
            _values.Add(value);
        }
        if (same) return;
        _keys.Clear();
        foreach (var name in mapped.Keys) _keys.Add(name);
        _values.Clear();
        foreach (var name in _keys) _values.Add(mapped[name]);
        _sorted.Clear();
        for (int k = 0; k < _keys.Count; k++) _sorted.Add(k);
        _sorted.Sort((a, b) => string.CompareOrdinal(_keys[a], _keys[b]));
    }

    private static void AppendThread(StringBuilder sb, ControlledThread th, bool deferred)
    {
        var inv = CultureInfo.InvariantCulture; // numbers are formatted in place, no string per number
        sb.Append(inv, $"{th.Id}").Append(':');
        if (th.Status == ThreadStatus.Completed) sb.Append("done");
        else if (th.Status == ThreadStatus.Blocked && th.BlockedInFutex) sb.Append("asleep");
        else if (th.PendingOp == OpKind.FutexWait) sb.Append("woken");
        else if (th.PendingOp == OpKind.Label)
        {
            sb.Append(th.PendingLabel);
            if (th.PendingLiveCount > 0) sb.Append('(').Append(inv, $"{th.PendingLive0}");
            if (th.PendingLiveCount > 1) sb.Append(',').Append(inv, $"{th.PendingLive1}");
            if (th.PendingLiveCount > 2) sb.Append(',').Append(inv, $"{th.PendingLive2}");
            if (th.PendingLiveCount > 0) sb.Append(')');
        }
        else sb.Append(th.StatusText).Append(' ').Append(th.PendingOp.ToString());
        if (th.TimedOut) sb.Append(" timed-out");
        if (deferred) sb.Append(" deferred");
        sb.Append('\n');
    }

    /// <summary>XXH3-128 of the text's UTF-16 code units as they lie in the builder (no encoding pass, no copy).</summary>
    private UInt128 Hash(StringBuilder sb)
    {
        _hash.Reset();
        foreach (var chunk in sb.GetChunks()) _hash.Append(MemoryMarshal.AsBytes(chunk.Span));
        return _hash.GetCurrentHashAsUInt128();
    }
}
