using System.Linq;
using System.Text;

namespace Weft.Tla;

public sealed class TlaBool : TlaValue
{
    public static readonly TlaBool True = new(true), False = new(false);
    private TlaBool(bool value) => Value = value;
    public bool Value { get; }
    public override string Kind => "boolean";
    private protected override int Rank => 1;
    public override bool Equals(TlaValue? other) => other is TlaBool b && b.Value == Value;
    public override int GetHashCode() => Value ? 1 : 2;
    internal override void Print(StringBuilder sb) => sb.Append(Value ? "TRUE" : "FALSE");
}
