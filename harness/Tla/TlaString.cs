using System;
using System.Linq;
using System.Text;

namespace Weft.Tla;

public sealed class TlaString : TlaValue
{
    public TlaString(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));
    public string Value { get; }
    public override string Kind => "string";
    private protected override int Rank => 2;
    public override bool Equals(TlaValue? other) => other is TlaString s && s.Value == Value;
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    internal override void Print(StringBuilder sb)
    {
        sb.Append('"');
        foreach (var c in Value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                case '\f': sb.Append("\\f"); break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
    }
}
