using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Weft.Models;

namespace Weft.Linearizability;

/// <summary>
/// Decides whether a <see cref="History"/> is linearizable with respect to a sequential specification
/// (M. Herlihy and J. Wing, "Linearizability: A Correctness Condition for Concurrent Objects", TOPLAS 12(3), 1990):
/// whether each operation can be given a point between its invocation and its response such that, taken in the
/// order of those points, the operations are a legal sequential run of the specification with the results the
/// history recorded.
///
/// The algorithm is the depth-first search of J. Wing and C. Gong ("Testing and Verifying Concurrent Objects",
/// JPDC 17(1), 1993) with the memoization of G. Lowe ("Testing for Linearizability", Concurrency and Computation:
/// Practice and Experience 29(4), 2017), the combination A. Horn and D. Kroening call WGL ("Faster Linearizability
/// Checking via P-Compositionality", FORTE 2015), here without their partitioning into independent sub-histories:
/// <list type="number">
/// <item>The events (invocations and responses) form a doubly linked list in real-time order. A pending operation
/// (invoked, never responded) gets a response after every real one, so it may take effect at any point after its
/// invocation, or never.</item>
/// <item>Scanning the list from its head, every invocation met before the first response belongs to an operation
/// that is minimal in real-time order: it was invoked before every not-yet-linearized operation responded, so it may
/// be linearized next. The search applies it to the specification; if the specification accepts the recorded
/// result it lifts the operation's two events out of the list, pushes it on the path and rescans from the head.</item>
/// <item>Reaching a response means the operation it ends must come next but cannot: the search backtracks, undoing
/// the last step (the events go back into the list) and trying the next candidate after it.</item>
/// <item>The history is linearizable as soon as every completed operation is on the path (pending operations not on it
/// never took effect); it is not when backtracking empties the path.</item>
/// <item>Memoization: what the search can do from a point depends only on the set of operations linearized and the
/// specification's state, so each (set, state) pair is explored at most once. This turns the search from factorial
/// into, at worst, the number of distinct reachable pairs.</item>
/// </list>
/// When the history is not linearizable, the result explains why: the longest linearizable prefix the search found
/// and the operations that could have come next after it, each rejected by the specification.
/// </summary>
public static class LinearizabilityChecker
{
    /// <summary>Checks <paramref name="history"/> (a snapshot of it: operations still running count as pending) against
    /// <paramref name="model"/>.</summary>
    public static LinearizabilityResult Check<TState>(History history, ISequentialSpec<TState> model) where TState : IEquatable<TState>
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(model);
        return new Search<TState>(history.Entries, model).Run();
    }

    /// <summary>One run of the WGL search over a snapshot of a history.</summary>
    private sealed class Search<TState> where TState : IEquatable<TState>
    {
        private readonly IReadOnlyList<HistoryEntry> _ops;
        private readonly ISequentialSpec<TState> _model;

        // ---- the entries list (Wing & Gong) ----
        // Nodes 0 .. 2n-1 are the events sorted by event number, pending responses last; Head and Tail are sentinels.
        // Invariant: following _next from Head visits exactly the invocation and response nodes of the operations
        // not on the path, in real-time order, and _prev is its mirror. Lift removes an operation's two nodes,
        // Unlift puts them back; they are undone in LIFO order along the path, which keeps the links exact.
        private readonly int[] _next;
        private readonly int[] _prev;
        private readonly int[] _opOf;      // node -> operation index into _ops
        private readonly bool[] _isCall;   // node -> invocation (true) or response (false)
        private readonly int[] _returnOf;  // operation index -> its response node
        private readonly int _head;
        private readonly int _tail;

        // ---- the path ----
        // Invariant: _path holds the operations linearized so far, in linearization order, each with the state before
        // it, the successor states it could lead to and which one was taken; _state is Initial with the path applied;
        // _linearized has bit i set iff operation i is on the path; _remaining counts the completed operations that
        // are not on it (the search succeeds when it is 0).
        private readonly List<Frame> _path = new();
        private TState _state;
        private readonly ulong[] _linearized;
        private int _remaining;

        // ---- the memo (Lowe) ----
        // Invariant: _seen holds every (linearized set, state) pair the path has ever reached. The search from a pair
        // is determined by the pair alone (the set determines the list, the state the specification's answers). A
        // candidate pair has one more operation than the current one, so it is not on the path: if it is in _seen,
        // its exploration has already finished without success (the search stops at the first), and it is skipped.
        private readonly HashSet<Config> _seen = new();

        // ---- the witness ----
        // The deepest dead end met: the path there, its state and the candidates its scan tried. At the deepest dead
        // end every candidate is rejected by the specification itself: one it accepted would lead one step deeper.
        private List<int>? _bestPath;
        private TState _bestState;
        private List<int>? _bestCandidates;
        private int _bestBlocker = -1;

        public Search(IReadOnlyList<HistoryEntry> ops, ISequentialSpec<TState> model)
        {
            _ops = ops;
            _model = model;
            int n = ops.Count;
            _head = 2 * n;
            _tail = 2 * n + 1;
            _next = new int[2 * n + 2];
            _prev = new int[2 * n + 2];
            _opOf = new int[2 * n];
            _isCall = new bool[2 * n];
            _returnOf = new int[n];
            _linearized = new ulong[(n + 63) / 64];
            _state = model.Initial;
            _bestState = _state;

            var events = new List<(long Time, int Op, bool Call)>(2 * n);
            for (int i = 0; i < n; i++)
            {
                var e = ops[i];
                events.Add((e.Invoked, i, true));
                // A pending operation's response comes after every real event, so it never bounds a candidate set.
                events.Add((e.Responded ?? long.MaxValue, i, false));
                if (!e.IsPending) _remaining++;
            }
            events.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.Op.CompareTo(b.Op));
            int last = _head;
            for (int node = 0; node < events.Count; node++)
            {
                var (_, op, call) = events[node];
                _opOf[node] = op;
                _isCall[node] = call;
                if (!call) _returnOf[op] = node;
                _next[last] = node;
                _prev[node] = last;
                last = node;
            }
            _next[last] = _tail;
            _prev[_tail] = last;
        }

        public LinearizabilityResult Run()
        {
            int entry = _next[_head];
            while (true)
            {
                if (_remaining == 0) return Success();
                if (entry == _tail) throw new InvalidOperationException("linearizability search ran past the last event (internal error)");
                if (_isCall[entry])
                {
                    // A minimal operation: try to linearize it now.
                    if (TryPush(entry, Successors(entry), 0)) entry = _next[_head];
                    else entry = _next[entry];
                }
                else
                {
                    // The response of an operation not yet linearized: nothing invoked after it may come first.
                    NoteDeadEnd(entry);
                    if (_path.Count == 0) return Failure();
                    var f = Pop();
                    if (TryPush(f.Call, f.Successors, f.Taken + 1)) entry = _next[_head];
                    else entry = _next[f.Call];
                }
            }
        }

        /// <summary>The states the operation of invocation node <paramref name="call"/> may lead to from the current state.</summary>
        private TState[] Successors(int call)
        {
            var e = _ops[_opOf[call]];
            if (e.IsPending) return _model.ApplyPending(_state, e.Operation).ToArray();
            var (ok, next) = _model.Apply(_state, e.Operation, e.Result);
            return ok ? new[] { next } : Array.Empty<TState>();
        }

        /// <summary>Linearizes the operation of <paramref name="call"/> into the first of its successor states, from index
        /// <paramref name="from"/> on, whose (set, state) pair is new. False when there is none.</summary>
        private bool TryPush(int call, TState[] successors, int from)
        {
            int op = _opOf[call];
            for (int k = from; k < successors.Length; k++)
            {
                SetBit(op, true);
                var probe = new Config(_linearized, successors[k]);
                if (_seen.Contains(probe))
                {
                    SetBit(op, false);
                    continue;
                }
                _seen.Add(probe.Frozen());
                _path.Add(new Frame(call, _state, successors, k));
                _state = successors[k];
                Lift(call);
                if (!_ops[op].IsPending) _remaining--;
                return true;
            }
            return false;
        }

        private Frame Pop()
        {
            var f = _path[^1];
            _path.RemoveAt(_path.Count - 1);
            int op = _opOf[f.Call];
            Unlift(f.Call);
            SetBit(op, false);
            _state = f.Before;
            if (!_ops[op].IsPending) _remaining++;
            return f;
        }

        private void Lift(int call)
        {
            Unlink(call);
            Unlink(_returnOf[_opOf[call]]);
        }

        private void Unlift(int call)
        {
            Relink(_returnOf[_opOf[call]]);
            Relink(call);
        }

        private void Unlink(int x)
        {
            _next[_prev[x]] = _next[x];
            _prev[_next[x]] = _prev[x];
        }

        private void Relink(int x)
        {
            _next[_prev[x]] = x;
            _prev[_next[x]] = x;
        }

        private void SetBit(int op, bool on)
        {
            ulong mask = 1UL << (op & 63);
            if (on) _linearized[op >> 6] |= mask;
            else _linearized[op >> 6] &= ~mask;
        }

        private void NoteDeadEnd(int response)
        {
            if (_bestPath is not null && _path.Count <= _bestPath.Count) return;
            _bestPath = _path.Select(f => _opOf[f.Call]).ToList();
            _bestState = _state;
            _bestBlocker = _opOf[response];
            _bestCandidates = new List<int>();
            for (int x = _next[_head]; x != response; x = _next[x])
                if (_isCall[x]) _bestCandidates.Add(_opOf[x]);
        }

        private LinearizabilityResult Success()
        {
            var order = _path.Select(f => _ops[_opOf[f.Call]]).ToList();
            return new LinearizabilityResult(true, order, Array.Empty<HistoryEntry>(), _seen.Count, "");
        }

        private LinearizabilityResult Failure()
        {
            var prefix = _bestPath!.Select(i => _ops[i]).ToList();
            var unplaced = _bestCandidates!.Select(i => _ops[i]).ToList();
            return new LinearizabilityResult(false, prefix, unplaced, _seen.Count, Explain(prefix, unplaced));
        }

        private string Explain(List<HistoryEntry> prefix, List<HistoryEntry> unplaced)
        {
            var ic = CultureInfo.InvariantCulture;
            int completed = _ops.Count(o => !o.IsPending);
            int threads = _ops.Select(o => o.Thread).Distinct().Count();
            var sb = new StringBuilder();
            sb.Append(ic, $"history is not linearizable: {_ops.Count} operation(s) ({completed} completed, {_ops.Count - completed} pending) on {threads} thread(s); {_seen.Count} configuration(s) explored\n");
            sb.Append(ic, $"longest linearizable prefix ({prefix.Count} operation(s)):\n");
            if (prefix.Count == 0) sb.Append("  (none)\n");
            for (int i = 0; i < prefix.Count; i++) sb.Append(ic, $"  {i + 1,3}. {prefix[i]}\n");
            sb.Append("state after it: ").Append(_bestState).Append('\n');
            var blocker = _ops[_bestBlocker];
            sb.Append(ic, $"no operation can come next. The candidates, invoked before {blocker} returned (event {blocker.Responded}), and why each is rejected:\n");
            foreach (var c in unplaced) sb.Append("  ").Append(c).Append(": ").Append(Reason(c)).Append('\n');
            var placed = new HashSet<int>(prefix.Select(p => p.Id).Concat(unplaced.Select(u => u.Id)));
            var later = _ops.Where(o => !placed.Contains(o.Id) && !o.IsPending).ToList();
            if (later.Count > 0)
            {
                sb.Append("not linearized either (invoked after that response):\n");
                foreach (var o in later) sb.Append("  ").Append(o).Append('\n');
            }
            sb.Append("history (event, thread, event kind, operation):\n");
            sb.Append(History.Timeline(_ops));
            return sb.ToString().TrimEnd('\n');
        }

        private string Reason(HistoryEntry c)
        {
            if (c.IsPending)
            {
                return _model.ApplyPending(_bestState, c.Operation).Any()
                    ? "allowed here, but every continuation fails"
                    : "it is pending, and the specification allows no outcome for it here";
            }
            if (_model is DeterministicSpec<TState> det)
            {
                var (expected, _) = det.Step(_bestState, c.Operation);
                if (!Values.Same(expected, c.Result))
                    return expected is null
                        ? "the specification returns nothing here"
                        : "the specification returns " + Values.Format(expected) + " here";
            }
            else if (!_model.Apply(_bestState, c.Operation, c.Result).Ok)
            {
                return "the specification rejects this result here";
            }
            return "allowed here, but every continuation fails";
        }

        private readonly record struct Frame(int Call, TState Before, TState[] Successors, int Taken);

        /// <summary>A memo key: the set of linearized operations and the specification's state. A probe borrows the live
        /// bitset; <see cref="Frozen"/> copies it before the key is stored.</summary>
        private readonly struct Config : IEquatable<Config>
        {
            private readonly ulong[] _bits;
            private readonly TState _state;
            private readonly int _hash;

            public Config(ulong[] bits, TState state)
            {
                _bits = bits;
                _state = state;
                var h = new HashCode();
                foreach (var w in bits) h.Add(w);
                h.Add(state);
                _hash = h.ToHashCode();
            }

            private Config(ulong[] bits, TState state, int hash)
            {
                _bits = bits;
                _state = state;
                _hash = hash;
            }

            public Config Frozen() => new((ulong[])_bits.Clone(), _state, _hash);

            public bool Equals(Config other) =>
                _hash == other._hash && _bits.AsSpan().SequenceEqual(other._bits) && _state.Equals(other._state);

            public override bool Equals(object? obj) => obj is Config c && Equals(c);

            public override int GetHashCode() => _hash;
        }
    }
}
