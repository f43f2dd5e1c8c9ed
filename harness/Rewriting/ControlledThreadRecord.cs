using System;

namespace Weft.Rewriting;

/// <summary>What <see cref="ControlledThreads"/> keeps about a <see cref="System.Threading.Thread"/> rewritten code created.</summary>
internal sealed class ControlledThreadRecord
{
    public ControlledThreadRecord(Delegate body) => Body = body;

    /// <summary>The <c>ThreadStart</c> or <c>ParameterizedThreadStart</c> the thread was created with.</summary>
    public Delegate Body { get; }

    /// <summary>The controlled thread it runs as (a handle of the engine), or null when not started under the scheduler.</summary>
    public object? Handle { get; set; }
}
