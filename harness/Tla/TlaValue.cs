using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Weft.Tla;

/// <summary>
/// A TLA+ value as TLC prints it in a trace: integers, strings, booleans, model values, records, functions,
/// sequences and sets, nested. Values are immutable and compare structurally, with TLA+'s identities:
/// a function whose domain is <c>1..n</c> is the sequence of its values (so <c>1 :&gt; "a" @@ 2 :&gt; "b"</c>
/// equals <c>&lt;&lt;"a", "b"&gt;&gt;</c>), a function whose domain is a set of strings equals the record with
/// those fields, and a set is its elements without order or repetition. <see cref="ToString"/> prints the
/// canonical TLA+ text, which <see cref="TlaValueReader"/> reads back to an equal value.
/// </summary>
public abstract class TlaValue : IEquatable<TlaValue>
{
    private protected TlaValue() { }

    public static TlaValue Int(long v) => new TlaInt(v);
    public static TlaValue Str(string s) => new TlaString(s);
    public static TlaValue Bool(bool b) => b ? TlaBool.True : TlaBool.False;
    public static TlaValue Model(string name) => new TlaModelValue(name);
    public static TlaValue Seq(IEnumerable<TlaValue> items) => new TlaSeq(items.ToArray());
    public static TlaValue Seq(params TlaValue[] items) => new TlaSeq((TlaValue[])items.Clone());
    public static TlaValue Seq(IEnumerable<long> items) => new TlaSeq(items.Select(Int).ToArray());
    public static TlaValue Set(IEnumerable<TlaValue> items) => new TlaSet(items);
    /// <summary>A record; a record without fields is the function with an empty domain, the empty sequence.</summary>
    public static TlaValue Record(IEnumerable<KeyValuePair<string, TlaValue>> fields)
    {
        var r = new TlaRecord(fields);
        return r.Fields.Count == 0 ? new TlaSeq([]) : r;
    }

    public static TlaValue Record(params (string Name, TlaValue Value)[] fields) =>
        Record(fields.Select(f => new KeyValuePair<string, TlaValue>(f.Name, f.Value)));

    /// <summary>
    /// A function from <paramref name="pairs"/>. It is normalized: a domain of exactly <c>1..n</c> gives a
    /// <see cref="TlaSeq"/>, a domain of strings a <see cref="TlaRecord"/>, anything else a <see cref="TlaFunction"/>.
    /// Duplicate keys are an error.
    /// </summary>
    public static TlaValue Function(IEnumerable<KeyValuePair<TlaValue, TlaValue>> pairs)
    {
        var list = pairs.ToList();
        var keys = new HashSet<TlaValue>();
        foreach (var p in list)
            if (!keys.Add(p.Key)) throw new ArgumentException($"duplicate key {p.Key} in a function");
        if (list.Count == 0) return new TlaSeq([]);
        if (list.Count > 0 && list.All(p => p.Key is TlaInt))
        {
            var byKey = list.OrderBy(p => ((TlaInt)p.Key).Value).ToList();
            if (Enumerable.Range(0, byKey.Count).All(i => ((TlaInt)byKey[i].Key).Value == i + 1))
                return new TlaSeq(byKey.Select(p => p.Value).ToArray());
        }
        if (list.Count > 0 && list.All(p => p.Key is TlaString))
            return new TlaRecord(list.Select(p => new KeyValuePair<string, TlaValue>(((TlaString)p.Key).Value, p.Value)));
        return new TlaFunction(list);
    }

    /// <summary>Function application <c>f[k]</c> for sequences (1-based), records and functions.</summary>
    public virtual TlaValue this[TlaValue key] => throw new InvalidOperationException($"{Kind} {this} is not a function");

    public TlaValue this[long index] => this[Int(index)];
    public TlaValue this[string field] => this[Str(field)];

    public long AsInt() => this is TlaInt i ? i.Value : throw new InvalidOperationException($"expected an integer, found {Kind} {this}");
    public bool AsBool() => this is TlaBool b ? b.Value : throw new InvalidOperationException($"expected a boolean, found {Kind} {this}");
    public string AsString() => this is TlaString s ? s.Value : throw new InvalidOperationException($"expected a string, found {Kind} {this}");

    /// <summary>The elements of a sequence, or of a set in canonical order.</summary>
    public IReadOnlyList<TlaValue> AsList() => this switch
    {
        TlaSeq s => s.Items,
        TlaSet s => s.Items,
        _ => throw new InvalidOperationException($"expected a sequence or set, found {Kind} {this}"),
    };

    /// <summary>A short name of the value's kind for messages: "integer", "string", "sequence", ...</summary>
    public abstract string Kind { get; }

    public abstract bool Equals(TlaValue? other);
    public override bool Equals(object? obj) => obj is TlaValue v && Equals(v);
    public abstract override int GetHashCode();

    /// <summary>Canonical TLA+ text (sets and functions in a deterministic order).</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        Print(sb);
        return sb.ToString();
    }

    internal abstract void Print(StringBuilder sb);

    /// <summary>A total order used to print sets and functions canonically: by kind, then by value.</summary>
    internal static int CompareCanonical(TlaValue a, TlaValue b)
    {
        int ka = a.Rank, kb = b.Rank;
        if (ka != kb) return ka.CompareTo(kb);
        return a switch
        {
            TlaInt x => x.Value.CompareTo(((TlaInt)b).Value),
            TlaBool x => x.Value.CompareTo(((TlaBool)b).Value),
            TlaString x => string.CompareOrdinal(x.Value, ((TlaString)b).Value),
            TlaModelValue x => string.CompareOrdinal(x.Name, ((TlaModelValue)b).Name),
            _ => string.CompareOrdinal(a.ToString(), b.ToString()),
        };
    }

    private protected abstract int Rank { get; }

    /// <summary>Element-wise equality of two ordered lists of values (a sequence's items, a set's in canonical order).</summary>
    private protected static bool ItemsEqual(IReadOnlyList<TlaValue> a, IReadOnlyList<TlaValue> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Equals(p.Second));

    /// <summary>A hash of <paramref name="items"/> in order, salted by the kind's <see cref="Rank"/>.</summary>
    private protected static int HashItems(int rank, IReadOnlyList<TlaValue> items)
    {
        var h = new HashCode();
        h.Add(rank);
        foreach (var v in items) h.Add(v);
        return h.ToHashCode();
    }

    /// <summary>Prints <paramref name="items"/> comma-separated between <paramref name="open"/> and <paramref name="close"/>.</summary>
    private protected static void PrintItems(StringBuilder sb, IReadOnlyList<TlaValue> items, string open, string close)
    {
        sb.Append(open);
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            items[i].Print(sb);
        }
        sb.Append(close);
    }

    public static bool operator ==(TlaValue? a, TlaValue? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(TlaValue? a, TlaValue? b) => !(a == b);
}
