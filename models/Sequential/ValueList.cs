using System;
using System.Text;

namespace Weft.Models;

/// <summary>Helpers for the copy-on-write array states (histories are small, so an O(n) copy per operation is cheaper
/// and simpler than a persistent tree).</summary>
internal static class ValueList
{
    public static int Hash(long[] values, int seed)
    {
        int h = seed;
        foreach (var v in values) h = unchecked(h * -1521134295 + Values.Mix(v));
        return h;
    }

    public static long[] Insert(long[] a, int index, long value)
    {
        var r = new long[a.Length + 1];
        Array.Copy(a, 0, r, 0, index);
        r[index] = value;
        Array.Copy(a, index, r, index + 1, a.Length - index);
        return r;
    }

    public static long[] RemoveAt(long[] a, int index)
    {
        var r = new long[a.Length - 1];
        Array.Copy(a, 0, r, 0, index);
        Array.Copy(a, index + 1, r, index, a.Length - index - 1);
        return r;
    }

    public static long[] Replace(long[] a, int index, long value)
    {
        var r = (long[])a.Clone();
        r[index] = value;
        return r;
    }

    public static string Format(long[] values, string suffix)
    {
        var sb = new StringBuilder("[");
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Values.Format(values[i]));
        }
        sb.Append(']');
        if (values.Length > 0) sb.Append(suffix);
        return sb.ToString();
    }
}
