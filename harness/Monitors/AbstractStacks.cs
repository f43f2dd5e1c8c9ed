using System.Collections.Generic;

namespace Weft.Monitors;

/// <summary>The abstract stacks of the stack monitors, one per stack, following the linearization points.</summary>
internal sealed class AbstractStacks
{
    private readonly Dictionary<int, List<long>> _stacks = new();

    /// <summary>Applies a push or a pop; <paramref name="popped"/> is the value an abstract pop returned (null on an empty stack).</summary>
    public List<long> Apply(in StackEvent e, out long? popped)
    {
        if (!_stacks.TryGetValue(e.Stack, out var abs)) _stacks[e.Stack] = abs = new List<long>();
        popped = null;
        if (e.Step == StackStep.Push) abs.Insert(0, e.Value);
        else if (e.Step == StackStep.Pop && abs.Count > 0)
        {
            popped = abs[0];
            abs.RemoveAt(0);
        }
        return abs;
    }
}
