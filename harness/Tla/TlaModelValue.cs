using System;
using System.Linq;
using System.Text;

namespace Weft.Tla;

/// <summary>A model value (an uninterpreted constant of the TLC configuration, e.g. <c>NULL</c> or <c>t1</c>).</summary>
public sealed class TlaModelValue : TlaValue
{
    public TlaModelValue(string name) => Name = name ?? throw new ArgumentNullException(nameof(name));
    public string Name { get; }
    public override string Kind => "model value";
    private protected override int Rank => 3;
    public override bool Equals(TlaValue? other) => other is TlaModelValue m && m.Name == Name;
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name) ^ 0x5a5a;
    internal override void Print(StringBuilder sb) => sb.Append(Name);
}
