using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Weft.Atomics;

namespace Weft.Tests;

/// <summary>A shared atomic cell (atomic cells must live in fields, not in captured locals that are copied).</summary>
internal sealed class Cell
{
    public AtomicInt32 V;
}
