using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Weft.Tla;

/// <summary>A record <c>[a |-&gt; 1, b |-&gt; "x"]</c>: a function over a set of strings. Fields are kept sorted.</summary>
public sealed class TlaRecord : TlaValue
{
    internal TlaRecord(IEnumerable<KeyValuePair<string, TlaValue>> fields)
    {
        var sorted = new SortedDictionary<string, TlaValue>(StringComparer.Ordinal);
        foreach (var f in fields)
            if (!sorted.TryAdd(f.Key, f.Value)) throw new ArgumentException($"duplicate field {f.Key} in a record");
        Fields = sorted;
    }

    public IReadOnlyDictionary<string, TlaValue> Fields { get; }
    public override string Kind => "record";
    private protected override int Rank => 5;

    public override TlaValue this[TlaValue key] =>
        key is TlaString s && Fields.TryGetValue(s.Value, out var v)
            ? v
            : throw new InvalidOperationException($"{key} is not a field of {this}");

    public override bool Equals(TlaValue? other) =>
        other is TlaRecord r && r.Fields.Count == Fields.Count
        && Fields.All(f => r.Fields.TryGetValue(f.Key, out var v) && v.Equals(f.Value));

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(5);
        foreach (var f in Fields)
        {
            h.Add(f.Key, StringComparer.Ordinal);
            h.Add(f.Value);
        }
        return h.ToHashCode();
    }

    internal override void Print(StringBuilder sb)
    {
        // A field name that is not an identifier has no record syntax: print the function with string keys,
        // which reads back as this record.
        if (!Fields.Keys.All(TlaValueReader.IsIdentifier))
        {
            sb.Append('(');
            bool firstPair = true;
            foreach (var f in Fields)
            {
                if (!firstPair) sb.Append(" @@ ");
                firstPair = false;
                new TlaString(f.Key).Print(sb);
                sb.Append(" :> ");
                f.Value.Print(sb);
            }
            sb.Append(')');
            return;
        }
        sb.Append('[');
        bool first = true;
        foreach (var f in Fields)
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(f.Key).Append(" |-> ");
            f.Value.Print(sb);
        }
        sb.Append(']');
    }
}
