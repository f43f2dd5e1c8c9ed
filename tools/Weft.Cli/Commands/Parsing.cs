using System;
using System.Globalization;

namespace Weft.Cli.Commands;

/// <summary>Strict parsers for option values the command-line library does not know (durations like 90s, shards like 2/8).</summary>
internal static class Parsing
{
    /// <summary>Parses <c>500ms</c>, <c>90s</c>, <c>15m</c>, <c>1h</c> or a plain number of seconds.</summary>
    public static TimeSpan Duration(string option, string text)
    {
        var s = text.Trim();
        double factor = 1;
        if (s.EndsWith("ms", StringComparison.Ordinal)) { factor = 0.001; s = s[..^2]; }
        else if (s.EndsWith('s')) { s = s[..^1]; }
        else if (s.EndsWith('m')) { factor = 60; s = s[..^1]; }
        else if (s.EndsWith('h')) { factor = 3600; s = s[..^1]; }
        if (!double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) || v <= 0 || double.IsInfinity(v))
            throw new WeftInputException($"{option}: '{text}' is not a duration; expected e.g. 500ms, 90s, 15m or 1h");
        return TimeSpan.FromSeconds(v * factor);
    }

    /// <summary>Parses a shard <c>i/n</c> with 0 &lt;= i &lt; n (i is zero-based, like a job completion index).</summary>
    public static (int Index, int Count) Shard(string option, string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ||
            n <= 0 || i >= n)
            throw new WeftInputException($"{option}: '{text}' is not a shard; expected i/n with 0 <= i < n, e.g. 0/4");
        return (i, n);
    }
}
