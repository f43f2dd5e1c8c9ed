using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Weft.Models;

/// <summary>Comparison and formatting of operation arguments and results.</summary>
public static class Values
{
    /// <summary>
    /// Result equality as a specification means it: integers are compared by value whatever their CLR type (a
    /// history may record <c>int</c> 1 where the model computes <c>long</c> 1); everything else by
    /// <see cref="object.Equals(object, object)"/>.
    /// </summary>
    public static bool Same(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (ToInt64(a) is { } x && ToInt64(b) is { } y) return x == y && IsUnsignedOverflow(a) == IsUnsignedOverflow(b);
        return a.Equals(b);
    }

    /// <summary>The value of an integral argument or result, or null when it is not an integer (or does not fit in 64 bits).</summary>
    public static long? ToInt64(object? v) => v switch
    {
        long l => l,
        int i => i,
        short s => s,
        sbyte sb => sb,
        byte b => b,
        ushort us => us,
        uint ui => ui,
        ulong ul when ul <= long.MaxValue => (long)ul,
        _ => null,
    };

    private static bool IsUnsignedOverflow(object v) => v is ulong u && u > long.MaxValue;

    /// <summary>Invariant-culture text of a value; null (a void result) is <c>ok</c>.</summary>
    public static string Format(object? v) => v switch
    {
        null => "ok",
        bool b => b ? "true" : "false",
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "?",
    };

    /// <summary>A deterministic 32-bit mix of a 64-bit value (SplitMix64's finalizer), the same in every process, so
    /// model-state hashes and therefore checker runs are reproducible.</summary>
    public static int Mix(long value)
    {
        ulong z = unchecked((ulong)value + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return unchecked((int)z ^ (int)(z >> 32));
    }
}
