using System;

namespace Weft;

/// <summary>A replay did not follow its schedule: the program under test is not the one that recorded it, or is nondeterministic.</summary>
public sealed class ReplayDivergenceException : Exception
{
    public ReplayDivergenceException(string message) : base(message) { }
    public ReplayDivergenceException() { }
    public ReplayDivergenceException(string message, Exception inner) : base(message, inner) { }
}
