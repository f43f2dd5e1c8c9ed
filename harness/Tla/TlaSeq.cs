using System;
using System.Collections.Generic;
using System.Text;

namespace Weft.Tla;

/// <summary>A sequence <c>&lt;&lt;a, b&gt;&gt;</c>, which is also the function over <c>1..n</c>.</summary>
public sealed class TlaSeq : TlaValue
{
    internal TlaSeq(TlaValue[] items) => Items = items;
    public IReadOnlyList<TlaValue> Items { get; }
    public override string Kind => "sequence";
    private protected override int Rank => 4;

    public override TlaValue this[TlaValue key] =>
        key is TlaInt i && i.Value >= 1 && i.Value <= Items.Count
            ? Items[(int)(i.Value - 1)]
            : throw new InvalidOperationException($"index {key} is outside the domain 1..{Items.Count} of {this}");

    public override bool Equals(TlaValue? other) => other is TlaSeq s && ItemsEqual(Items, s.Items);

    public override int GetHashCode() => HashItems(Rank, Items);

    internal override void Print(StringBuilder sb) => PrintItems(sb, Items, "<<", ">>");
}
