using System.Globalization;
using System.Linq;
using System.Text;

namespace Weft.Tla;

public sealed class TlaInt : TlaValue
{
    public TlaInt(long value) => Value = value;
    public long Value { get; }
    public override string Kind => "integer";
    private protected override int Rank => 0;
    public override bool Equals(TlaValue? other) => other is TlaInt i && i.Value == Value;
    public override int GetHashCode() => Value.GetHashCode();
    internal override void Print(StringBuilder sb) => sb.Append(Value.ToString(CultureInfo.InvariantCulture));
}
