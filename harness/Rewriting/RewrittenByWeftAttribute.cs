using System;

namespace Weft.Rewriting;

/// <summary>
/// Stamps an assembly that <c>weft rewrite</c> has processed: its calls to <c>Interlocked</c>, <c>Volatile</c>,
/// <c>Monitor</c>, <c>Thread</c>, <c>SemaphoreSlim</c> and <c>ManualResetEventSlim</c> go to the controlled equivalents
/// of this namespace. Rewriting a stamped assembly again changes nothing; running an unstamped one that uses those APIs
/// under the scheduler prints a warning (<see cref="UnrewrittenCodeWarning"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class RewrittenByWeftAttribute : Attribute
{
    public RewrittenByWeftAttribute(string toolVersion, int redirectedCalls)
    {
        ToolVersion = toolVersion;
        RedirectedCalls = redirectedCalls;
    }

    /// <summary>The <c>weft</c> version that rewrote the assembly (<c>weft 0.1.0+abc123</c>).</summary>
    public string ToolVersion { get; }

    /// <summary>How many calls and volatile field accesses were redirected to controlled equivalents.</summary>
    public int RedirectedCalls { get; }
}
