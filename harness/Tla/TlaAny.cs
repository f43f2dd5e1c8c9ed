using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Weft.Tla;

/// <summary>Matches any value (see <see cref="Refinement.Any"/>).</summary>
public sealed class TlaAny : TlaValue
{
    internal TlaAny() { }
    public override string Kind => "unobservable value";
    private protected override int Rank => 10;
    public override bool Equals(TlaValue? other) => other is TlaAny;
    public override int GetHashCode() => 10;
    internal override void Print(StringBuilder sb) => sb.Append('_');
}
