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
/// The history of each event from the events the controlled build emits: the number of winning Set CASes, and for
/// each thread's wait the word it began with and the number of sets before it (the word alone cannot say either).
/// </summary>
internal sealed class EventHistoryTracker : PropertyMonitor, IMonitorOf<EventEvent>
{
    private readonly Dictionary<nint, int> _sets = new();
    private readonly Dictionary<(nint, int), (int Seen, int Sets)> _began = new();

    public override void OnEvent(object e) { }

    public void On(in EventEvent e)
    {
        switch (e.Op)
        {
            case EventOp.Set: _sets[e.Word] = _sets.GetValueOrDefault(e.Word) + 1; break;
            case EventOp.WaitBegan: _began[(e.Word, e.Thread)] = (e.Value, _sets.GetValueOrDefault(e.Word)); break;
        }
    }

    /// <summary>The successful sets of the event whose word is at <paramref name="word"/>.</summary>
    public int Sets(nint word) => _sets.GetValueOrDefault(word);

    /// <summary>What thread <paramref name="thread"/>'s wait on the event began with (null: it has not begun one).</summary>
    public (int Seen, int Sets)? Began(nint word, int thread) => _began.TryGetValue((word, thread), out var b) ? b : null;
}
