using System;
using System.Globalization;

namespace Weft.Cli.Commands;

/// <summary>
/// Strict parsers and range checks for option values: durations like 90s, shards like 2/8, and the bounds of every
/// numeric option. A value out of range is the user's input error naming the option, never an exception from deeper
/// down (NaN, infinity, an overflowing or a negative value).
/// </summary>
internal static class Parsing
{
    /// <summary>The longest duration accepted (about 10 years): far beyond any budget, far below TimeSpan's limit.</summary>
    public static readonly TimeSpan LongestDuration = TimeSpan.FromDays(3650);

    /// <summary>Parses <c>500ms</c>, <c>90s</c>, <c>15m</c>, <c>1h</c> or a plain number of seconds.</summary>
    public static TimeSpan Duration(string option, string text)
    {
        var s = text.Trim();
        double factor = 1;
        if (s.EndsWith("ms", StringComparison.Ordinal)) { factor = 0.001; s = s[..^2]; }
        else if (s.EndsWith('s')) { s = s[..^1]; }
        else if (s.EndsWith('m')) { factor = 60; s = s[..^1]; }
        else if (s.EndsWith('h')) { factor = 3600; s = s[..^1]; }
        if (!double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v <= 0)
            throw new WeftInputException($"{option}: '{text}' is not a duration; expected a positive number with a unit, e.g. 500ms, 90s, 15m or 1h");
        double seconds = v * factor;
        if (!(seconds <= LongestDuration.TotalSeconds))
            throw new WeftInputException($"{option}: '{text}' is too long; at most {LongestDuration.TotalDays:F0} days");
        if (seconds < 0.001)
            throw new WeftInputException($"{option}: '{text}' is shorter than a millisecond");
        return TimeSpan.FromSeconds(seconds);
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

    /// <summary>Returns <paramref name="value"/> when it is at least <paramref name="minimum"/>; otherwise an input error naming the option.</summary>
    public static long AtLeast(string option, long value, long minimum, string meaning)
    {
        if (value < minimum)
            throw new WeftInputException(string.Create(CultureInfo.InvariantCulture, $"{option}: {value} is out of range; expected {meaning} (at least {minimum})"));
        return value;
    }

    /// <summary><see cref="AtLeast(string, long, long, string)"/> for an int option.</summary>
    public static int AtLeast(string option, int value, int minimum, string meaning) =>
        (int)AtLeast(option, (long)value, minimum, meaning);

    /// <summary><see cref="AtLeast(string, long, long, string)"/> for an optional int option (absent is accepted).</summary>
    public static int? AtLeast(string option, int? value, int minimum, string meaning) =>
        value is { } v ? AtLeast(option, v, minimum, meaning) : null;
}
