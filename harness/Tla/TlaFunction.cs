using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Weft.Tla;

/// <summary>
/// A function that is neither a sequence nor a record (e.g. over model values or over <c>0..2</c>), printed
/// as TLC does: <c>(k1 :&gt; v1 @@ k2 :&gt; v2)</c>. The empty function is printed as <c>&lt;&lt;&gt;&gt;</c>
/// by TLC and is therefore the empty <see cref="TlaSeq"/>.
/// </summary>
public sealed class TlaFunction : TlaValue
{
    internal TlaFunction(IEnumerable<KeyValuePair<TlaValue, TlaValue>> pairs)
    {
        var list = pairs.ToList();
        list.Sort((a, b) => CompareCanonical(a.Key, b.Key));
        Pairs = list;
    }

    public IReadOnlyList<KeyValuePair<TlaValue, TlaValue>> Pairs { get; }
    public override string Kind => "function";
    private protected override int Rank => 6;

    public override TlaValue this[TlaValue key]
    {
        get
        {
            foreach (var p in Pairs)
                if (p.Key.Equals(key)) return p.Value;
            throw new InvalidOperationException($"{key} is not in the domain of {this}");
        }
    }

    public override bool Equals(TlaValue? other) =>
        other is TlaFunction f && f.Pairs.Count == Pairs.Count
        && Pairs.Zip(f.Pairs).All(p => p.First.Key.Equals(p.Second.Key) && p.First.Value.Equals(p.Second.Value));

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(6);
        foreach (var p in Pairs)
        {
            h.Add(p.Key);
            h.Add(p.Value);
        }
        return h.ToHashCode();
    }

    internal override void Print(StringBuilder sb)
    {
        sb.Append('(');
        for (int i = 0; i < Pairs.Count; i++)
        {
            if (i > 0) sb.Append(" @@ ");
            Pairs[i].Key.Print(sb);
            sb.Append(" :> ");
            Pairs[i].Value.Print(sb);
        }
        sb.Append(')');
    }
}
