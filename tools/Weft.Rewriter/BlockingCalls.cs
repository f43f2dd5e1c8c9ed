using System;
using System.Collections.Generic;
using Mono.Cecil;

namespace Weft.Rewriter;

/// <summary>
/// BCL calls that may block a thread and that the rewriter has no controlled equivalent for: rewritten code notes each
/// one before making it (<c>Weft.Rewriting.UncontrolledCall.Entering</c>), so that the watchdog names it when a thread
/// blocks there. Matched by declaring type (generic types by their definition's name) and method name.
/// </summary>
internal static class BlockingCalls
{
    private static readonly Dictionary<string, string[]> ByType = new(StringComparer.Ordinal)
    {
        ["System.Threading.WaitHandle"] = new[] { "WaitOne", "WaitAll", "WaitAny", "SignalAndWait" },
        ["System.Threading.Tasks.Task"] = new[] { "Wait", "WaitAll", "WaitAny" },
        ["System.Threading.Tasks.Task`1"] = new[] { "get_Result" },
        ["System.Threading.CountdownEvent"] = new[] { "Wait" },
        ["System.Threading.Barrier"] = new[] { "SignalAndWait" },
        ["System.Threading.ReaderWriterLockSlim"] = new[] { "EnterReadLock", "EnterWriteLock", "EnterUpgradeableReadLock", "TryEnterReadLock", "TryEnterWriteLock", "TryEnterUpgradeableReadLock" },
        ["System.Threading.ReaderWriterLock"] = new[] { "AcquireReaderLock", "AcquireWriterLock", "UpgradeToWriterLock" },
        ["System.Threading.Lock"] = new[] { "Enter", "EnterScope", "TryEnter" },
        ["System.Threading.SemaphoreSlim"] = new[] { "Wait" },
        ["System.Threading.ManualResetEventSlim"] = new[] { "Wait" },
        ["System.Threading.SpinWait"] = new[] { "SpinUntil" },
        ["System.Threading.Thread"] = new[] { "Join" },
        ["System.Collections.Concurrent.BlockingCollection`1"] = new[] { "Take", "TryTake", "Add", "TryAdd" },
        ["System.Console"] = new[] { "ReadLine", "Read", "ReadKey" },
    };

    /// <summary>True when <paramref name="call"/> (not redirected) may block outside the runtime.</summary>
    public static bool Contains(MethodReference call)
    {
        var type = call.DeclaringType is GenericInstanceType g ? g.ElementType.FullName : call.DeclaringType.FullName;
        return ByType.TryGetValue(type, out var names) && Array.IndexOf(names, call.Name) >= 0;
    }
}
