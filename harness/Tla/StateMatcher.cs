using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Weft.Tla;

/// <summary>
/// Compares trace states with mapped implementation states, keeping the slot-to-node renaming across a replay.
/// Plain values compare by TLA+ equality; <see cref="TlaSlot"/> binds or checks the renaming; a
/// <see cref="TlaSlotFunction"/> is compared after every plain value of the state has been matched (so the
/// renaming is as complete as the state makes it), by looking each slot's spec node up.
/// </summary>
public sealed class StateMatcher
{
    private readonly Dictionary<int, long> _nodeOfSlot = new();
    private readonly Dictionary<long, int> _slotOfNode = new();

    /// <summary>
    /// Fixes slot <paramref name="slot"/> as spec node <paramref name="node"/> before any comparison: for nodes a state
    /// names only inside functions over nodes (a tree's skeleton, which nothing outside the tree points to).
    /// </summary>
    public void Pin(int slot, long node)
    {
        if (_nodeOfSlot.TryGetValue(slot, out var n) && n != node || _slotOfNode.TryGetValue(node, out var sl) && sl != slot)
            throw new InvalidOperationException($"slot {slot} cannot be pinned to spec node {node}: the renaming already differs");
        _nodeOfSlot[slot] = node;
        _slotOfNode[node] = slot;
    }

    /// <summary>The spec node a slot has been matched to, if any.</summary>
    public long? NodeOf(int slot) => _nodeOfSlot.TryGetValue(slot, out var n) ? n : null;

    /// <summary>
    /// Compares <paramref name="expected"/> (the trace) with <paramref name="actual"/> (the mapping) over the
    /// variables of <paramref name="actual"/>. Returns the first mismatch, or null. The renaming grows only if the
    /// whole state matches.
    /// </summary>
    public StateMismatch? Match(IReadOnlyDictionary<string, TlaValue> expected, IReadOnlyDictionary<string, TlaValue> actual)
    {
        var bindings = new List<(int Slot, long Node)>();
        var deferred = new List<(string Var, string Path, TlaValue Expected, TlaSlotFunction Actual)>();
        foreach (var (name, act) in actual.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!expected.TryGetValue(name, out var exp))
                return new StateMismatch(name, name, "(no such variable in the trace)", Render(act, bindings));
            var why = Unify(name, name, exp, act, bindings, deferred);
            if (why is not null) { Rollback(bindings); return why; }
        }
        foreach (var (v, path, exp, act) in deferred)
        {
            var why = UnifyByNode(v, path, exp, act, bindings, deferred);
            if (why is not null) { Rollback(bindings); return why; }
        }
        return null;
    }

    private void Rollback(List<(int Slot, long Node)> bindings)
    {
        foreach (var (slot, node) in bindings)
        {
            _nodeOfSlot.Remove(slot);
            _slotOfNode.Remove(node);
        }
    }

    private StateMismatch? Unify(string v, string path, TlaValue exp, TlaValue act, List<(int, long)> bindings,
        List<(string, string, TlaValue, TlaSlotFunction)> deferred)
    {
        switch (act)
        {
            case TlaAny:
                return null;
            case TlaSlot s:
            {
                if (exp is not TlaInt n) return Mismatch(v, path, exp, act, bindings);
                if (_nodeOfSlot.TryGetValue(s.Slot, out var bound))
                    return bound == n.Value ? null : Mismatch(v, path, exp, act, bindings);
                if (_slotOfNode.ContainsKey(n.Value)) return Mismatch(v, path, exp, act, bindings);
                _nodeOfSlot[s.Slot] = n.Value;
                _slotOfNode[n.Value] = s.Slot;
                bindings.Add((s.Slot, n.Value));
                return null;
            }
            case TlaSlotFunction f:
                deferred.Add((v, path, exp, f));
                return null;
            case TlaSeq aseq:
            {
                if (exp is not TlaSeq eseq || eseq.Items.Count != aseq.Items.Count) return Mismatch(v, path, exp, act, bindings);
                for (int i = 0; i < aseq.Items.Count; i++)
                {
                    var r = Unify(v, $"{path}[{i + 1}]", eseq.Items[i], aseq.Items[i], bindings, deferred);
                    if (r is not null) return r;
                }
                return null;
            }
            case TlaRecord arec:
            {
                if (exp is not TlaRecord erec || erec.Fields.Count != arec.Fields.Count) return Mismatch(v, path, exp, act, bindings);
                foreach (var (k, av) in arec.Fields)
                {
                    if (!erec.Fields.TryGetValue(k, out var ev)) return Mismatch(v, path, exp, act, bindings);
                    var r = Unify(v, $"{path}.{k}", ev, av, bindings, deferred);
                    if (r is not null) return r;
                }
                return null;
            }
            case TlaFunction afun:
            {
                if (exp is not TlaFunction efun || efun.Pairs.Count != afun.Pairs.Count) return Mismatch(v, path, exp, act, bindings);
                foreach (var p in afun.Pairs)
                {
                    var ep = efun.Pairs.FirstOrDefault(q => q.Key.Equals(p.Key));
                    if (ep.Value is null) return Mismatch(v, path, exp, act, bindings);
                    var r = Unify(v, $"{path}[{p.Key}]", ep.Value, p.Value, bindings, deferred);
                    if (r is not null) return r;
                }
                return null;
            }
            case TlaSet aset:
            {
                // Sets of nodes: compare after renaming (every element must already be matched or be a plain value).
                if (exp is not TlaSet eset || eset.Items.Count != aset.Items.Count) return Mismatch(v, path, exp, act, bindings);
                var renamed = TlaValue.Set(aset.Items.Select(x => x is TlaSlot s && _nodeOfSlot.TryGetValue(s.Slot, out var n) ? TlaValue.Int(n) : x));
                return renamed.Equals(eset) ? null : Mismatch(v, path, exp, act, bindings);
            }
            default:
                return exp.Equals(act) ? null : Mismatch(v, path, exp, act, bindings);
        }
    }

    private StateMismatch? UnifyByNode(string v, string path, TlaValue exp, TlaSlotFunction act, List<(int, long)> bindings,
        List<(string, string, TlaValue, TlaSlotFunction)> deferred)
    {
        // The spec prints a function over 1..K as a sequence.
        if (exp is not TlaSeq eseq || eseq.Items.Count != act.Values.Count) return Mismatch(v, path, exp, act, bindings);
        for (int slot = 0; slot < act.Values.Count; slot++)
        {
            if (!_nodeOfSlot.TryGetValue(slot, out var node))
            {
                // A slot the state does not otherwise name: it must be the one spec node left unmatched.
                var free = Enumerable.Range(1, act.Values.Count).Where(n => !_slotOfNode.ContainsKey(n)).ToList();
                if (free.Count != 1)
                    return new StateMismatch(v, path, exp.ToString(),
                        $"{Render(act, bindings)} (slot {slot} is not yet matched to a spec node)");
                node = free[0];
                _nodeOfSlot[slot] = node;
                _slotOfNode[node] = slot;
                bindings.Add((slot, node));
            }
            var r = Unify(v, $"{path}[{node}]", eseq.Items[(int)node - 1], act.Values[slot], bindings, deferred);
            if (r is not null) return r;
        }
        return null;
    }

    private StateMismatch Mismatch(string v, string path, TlaValue exp, TlaValue act, List<(int, long)> bindings) =>
        new(v, path, exp.ToString(), Render(act, bindings));

    /// <summary>Prints a mapped value with slots replaced by the spec nodes they are matched to (<c>slot#3</c> if not yet matched).</summary>
    public string Render(TlaValue v, IReadOnlyList<(int Slot, long Node)>? pending = null) => Renamed(v).ToString();

    private TlaValue Renamed(TlaValue v) => v switch
    {
        TlaSlot s => _nodeOfSlot.TryGetValue(s.Slot, out var n) ? TlaValue.Int(n) : s,
        TlaSeq q => TlaValue.Seq(q.Items.Select(Renamed)),
        TlaSet q => TlaValue.Set(q.Items.Select(Renamed)),
        TlaRecord r => TlaValue.Record(r.Fields.Select(f => new KeyValuePair<string, TlaValue>(f.Key, Renamed(f.Value)))),
        TlaFunction f => TlaValue.Function(f.Pairs.Select(p => new KeyValuePair<TlaValue, TlaValue>(Renamed(p.Key), Renamed(p.Value)))),
        TlaSlotFunction f when f.Values.Select((_, i) => _nodeOfSlot.ContainsKey(i)).All(b => b) =>
            TlaValue.Function(f.Values.Select((x, i) => new KeyValuePair<TlaValue, TlaValue>(TlaValue.Int(_nodeOfSlot[i]), Renamed(x)))),
        _ => v,
    };
}
