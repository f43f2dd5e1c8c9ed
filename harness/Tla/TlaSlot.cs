using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Weft.Tla;

/// <summary>A node of the implementation (pool slot), matched to a spec node when compared.</summary>
public sealed class TlaSlot : TlaValue
{
    internal TlaSlot(int slot) => Slot = slot;
    public int Slot { get; }
    public override string Kind => "node";
    private protected override int Rank => 8;
    public override bool Equals(TlaValue? other) => other is TlaSlot s && s.Slot == Slot;
    public override int GetHashCode() => Slot * 31 + 8;
    internal override void Print(StringBuilder sb) => sb.Append("slot#").Append(CultureInfo.InvariantCulture, $"{Slot}");
}
