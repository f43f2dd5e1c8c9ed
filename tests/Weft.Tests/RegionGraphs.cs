using System.Collections.Generic;
using Weft.Regions;

namespace Weft.Tests.Regions;

using Cell = global::Weft.Regions.Cell;

/// <summary>Helpers over cell graphs for the region tests.</summary>
internal static class RegionGraphs
{
    /// <summary>The immediates of a proper list's cars.</summary>
    public static long[] ListValues(Cell list)
    {
        var values = new List<long>();
        for (var v = Value.Of(list); v.IsCell; v = v.Cell.Cdr()) values.Add(v.Cell.Car().Immediate);
        return values.ToArray();
    }

    /// <summary>Every cell reachable from <paramref name="root"/>, following all slots.</summary>
    public static List<Cell> Reachable(Value root)
    {
        var seen = new HashSet<Cell>(ReferenceEqualityComparer.Instance);
        var order = new List<Cell>();
        var stack = new Stack<Cell>();
        if (root.IsCell) stack.Push(root.Cell);
        while (stack.Count > 0)
        {
            var c = stack.Pop();
            if (!seen.Add(c)) continue;
            order.Add(c);
            foreach (var v in Slots(c))
                if (v.IsCell) stack.Push(v.Cell);
        }
        return order;
    }

    /// <summary>The slots of a cell as the public readers show them.</summary>
    public static IEnumerable<Value> Slots(Cell c)
    {
        switch (c.Kind)
        {
            case CellKind.Pair:
                yield return c.Car();
                yield return c.Cdr();
                break;
            case CellKind.Vector:
                for (int i = 0; i < c.Length; i++) yield return c.VectorRef(i);
                break;
            case CellKind.Record:
                for (int i = 0; i < c.Length; i++) yield return c.Field(i);
                break;
            case CellKind.Map:
                for (int i = 0; i < c.MapCount; i++)
                {
                    yield return c.MapKey(i);
                    yield return c.MapValue(i);
                }
                break;
            case CellKind.Closure:
                for (int i = 0; i < c.Length - 1; i++) yield return c.Environment(i);
                break;
        }
    }
}
