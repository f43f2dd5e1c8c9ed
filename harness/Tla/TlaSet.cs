using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Weft.Tla;

/// <summary>A set; elements are kept once, in canonical order.</summary>
public sealed class TlaSet : TlaValue
{
    internal TlaSet(IEnumerable<TlaValue> items)
    {
        var distinct = new List<TlaValue>();
        var seen = new HashSet<TlaValue>();
        foreach (var v in items)
            if (seen.Add(v)) distinct.Add(v);
        distinct.Sort(CompareCanonical);
        Items = distinct;
    }

    public IReadOnlyList<TlaValue> Items { get; }
    public override string Kind => "set";
    private protected override int Rank => 7;
    public bool Contains(TlaValue v) => Items.Contains(v);

    public override bool Equals(TlaValue? other) => other is TlaSet s && ItemsEqual(Items, s.Items);

    public override int GetHashCode() => HashItems(Rank, Items);

    internal override void Print(StringBuilder sb) => PrintItems(sb, Items, "{", "}");
}
