using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Weft.Tla;

/// <summary>A function over spec nodes given per slot.</summary>
public sealed class TlaSlotFunction : TlaValue
{
    internal TlaSlotFunction(TlaValue[] values) => Values = values;
    public IReadOnlyList<TlaValue> Values { get; }
    public override string Kind => "function over nodes";
    private protected override int Rank => 9;
    public override bool Equals(TlaValue? other) => other is TlaSlotFunction f && f.Values.SequenceEqual(Values);
    public override int GetHashCode() => Values.Count;

    internal override void Print(StringBuilder sb)
    {
        sb.Append('(');
        for (int i = 0; i < Values.Count; i++)
        {
            if (i > 0) sb.Append(" @@ ");
            sb.Append("slot#").Append(CultureInfo.InvariantCulture, $"{i}").Append(" :> ");
            Values[i].Print(sb);
        }
        sb.Append(')');
    }
}
