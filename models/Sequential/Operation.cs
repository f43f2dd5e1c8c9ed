using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Weft.Models;

/// <summary>
/// An operation of a concurrent object as a sequential specification sees it: a name and its arguments
/// (<c>push(1)</c>, <c>put(3, 30)</c>, <c>pop()</c>). Immutable. Results are not part of the operation: a history
/// records them beside it, and <see cref="ISequentialSpec{TState}.Apply"/> receives them separately.
/// </summary>
public sealed class Operation
{
    private readonly object?[] _args;

    public Operation(string name, params object?[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        _args = args is null ? Array.Empty<object?>() : (object?[])args.Clone();
    }

    public string Name { get; }

    public IReadOnlyList<object?> Args => _args;

    /// <summary>Argument <paramref name="index"/> as a 64-bit integer (any integral type is accepted).</summary>
    public long Int64Arg(int index)
    {
        if ((uint)index >= (uint)_args.Length)
            throw new ArgumentException($"{this}: expected at least {index + 1} argument(s)", nameof(index));
        return Values.ToInt64(_args[index]) ?? throw new ArgumentException($"{this}: argument {index} is not an integer", nameof(index));
    }

    /// <summary><c>name(arg, ...)</c>.</summary>
    public override string ToString() => Name + "(" + string.Join(", ", _args.Select(Values.Format)) + ")";
}
