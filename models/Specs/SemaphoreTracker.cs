using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Ipc;
using Weft.Monitors;
using Weft.Platform;
using Weft.Threading;
using Weft.Tla;
using static Weft.Specs.ModelSupport;

namespace Weft.Specs;

/// <summary>
/// Per semaphore, from the events the controlled build emits: the units added by successful posts, the units taken by
/// successful waits, and the number of waiters each thread's latest post asked the futex to wake (the memory keeps
/// none of these).
/// </summary>
internal sealed class SemaphoreTracker : PropertyMonitor, IMonitorOf<SemaphoreEvent>
{
    private readonly Dictionary<nint, long> _posted = new();
    private readonly Dictionary<nint, long> _taken = new();
    private readonly Dictionary<(nint Word, int Thread), int> _wake = new();

    public override void OnEvent(object e) { }

    public void On(in SemaphoreEvent e)
    {
        switch (e.Op)
        {
            case SemaphoreOp.Posted: _posted[e.Word] = _posted.GetValueOrDefault(e.Word) + e.Delta; break;
            case SemaphoreOp.Taken: _taken[e.Word] = _taken.GetValueOrDefault(e.Word) + 1; break;
            case SemaphoreOp.Wake: _wake[(e.Word, e.Thread)] = e.Delta; break;
        }
    }

    public long Posted(nint word) => _posted.GetValueOrDefault(word);

    public long Taken(nint word) => _taken.GetValueOrDefault(word);

    /// <summary>The waiters <paramref name="thread"/>'s latest post asked to wake (it must have made a wake request).</summary>
    public int Wake(nint word, int thread) =>
        _wake.TryGetValue((word, thread), out int n) ? n : throw new InvalidOperationException($"thread {thread} is at post_wake but reported no wake request");
}
