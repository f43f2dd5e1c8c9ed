using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Weft.Models;

/// <summary>The result "no value": a pop or dequeue of an empty container, a get of an absent key.</summary>
public sealed class Empty
{
    private Empty() { }

    public static Empty Value { get; } = new();

    public override string ToString() => "empty";
}
