using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// The default strategy: a portfolio that rotates its members iteration by iteration, so one budget covers
/// bugs that need different strategies (partial-order sampling and reads-from guided fuzzing for bugs that need one
/// operation to stall while others run many steps; PCT for ordering bugs; random for many shallow races; probabilistic
/// for long uninterrupted runs; delay-bounding for small deviations from round-robin). A member may take several turns
/// per rotation (its weight); the turns are interleaved, so every member runs early in the budget. Each member has its
/// own seed stream derived from the root seed and its own iteration count, so any iteration can be regenerated alone.
/// </summary>
internal sealed class PortfolioStrategy : IStrategy, IObservesThreads
{
    private readonly IStrategy[] _members;
    private readonly int[] _turns;
    private readonly int[] _slotMember; // the member of each slot of one rotation
    private readonly int[] _slotOrdinal; // how many turns the slot's member had earlier in the rotation
    private IStrategy _current;

    /// <param name="turns">Iterations per rotation of each member (default one each).</param>
    public PortfolioStrategy(IStrategy[] members, int[]? turns = null)
    {
        if (members.Length == 0) throw new ArgumentException("a portfolio needs members", nameof(members));
        turns ??= Array.ConvertAll(members, _ => 1);
        if (turns.Length != members.Length || Array.Exists(turns, t => t < 1)) throw new ArgumentException("one positive turn count per member", nameof(turns));
        _members = members;
        _turns = turns;
        var slots = new List<int>();
        var ordinals = new List<int>();
        for (int round = 0; slots.Count < SumOf(turns); round++)
        {
            for (int m = 0; m < members.Length; m++)
            {
                if (round >= turns[m]) continue;
                slots.Add(m);
                ordinals.Add(round);
            }
        }
        _slotMember = slots.ToArray();
        _slotOrdinal = ordinals.ToArray();
        _current = members[0];
    }

    private static int SumOf(int[] values)
    {
        int sum = 0;
        foreach (int v in values) sum += v;
        return sum;
    }

    public string Name => _current.Name;

    public string Description => "portfolio[" + string.Join(", ", Enumerable.Range(0, _members.Length).Select(i => _turns[i] == 1 ? _members[i].Name : $"{_members[i].Name} x{_turns[i]}")) + "]";

    public bool PrepareIteration(int iteration)
    {
        int slot = iteration % _slotMember.Length, member = _slotMember[slot];
        _current = _members[member];
        return _current.PrepareIteration(iteration / _slotMember.Length * _turns[member] + _slotOrdinal[slot]);
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step) => _current.NextThread(enabled, current, step);

    public int NextValue(int count, int step) => _current.NextValue(count, step);

    public void Attach(IReadOnlyList<Weft.Engine.ControlledThread> threads)
    {
        foreach (var m in _members)
            if (m is IObservesThreads observer) observer.Attach(threads);
    }

    public void IterationCompleted(int steps, int choices)
    {
        // Step estimates are shared knowledge: every member learns from every iteration.
        foreach (var m in _members) m.IterationCompleted(steps, choices);
    }
}
