using System;
using System.IO;
using System.Linq;
using Weft.Collections;
using Weft.Linearizability;
using Weft.Memory;
using Weft.Models;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The Treiber stack's histories from real threads (the controlled build outside a test is ordinary code).
/// </summary>
public sealed class TreiberLinearizabilityTests
{
    // The registered treiber/ tests (linearizable under every reclaimer; the ABA negative control caught and
    // replayed) run in CanonicalBugTests with every other registered test.

    [Fact]
    public void Real_threads_record_linearizable_histories()
    {
        // Outside a controlled test the controlled build is ordinary code on real threads (plain Interlocked), and the
        // history recorder's lock orders their events.
        for (int round = 0; round < 50; round++)
        {
            var reclaimer = Weft.Reclamation.Reclaimer.Create(Weft.Reclamation.ReclamationScheme.Ibr, new NodePool(64, tagged: true, threadCaches: 3), maxThreads: 3);
            var stack = new TreiberStack(reclaimer);
            var h = new History();
            using var start = new System.Threading.Barrier(3);
            var threads = Enumerable.Range(0, 3).Select(t => new System.Threading.Thread(() =>
            {
                var me = reclaimer.Register();
                start.SignalAndWait();
                for (int i = 0; i < 4; i++)
                {
                    if ((i + t) % 2 == 0)
                    {
                        long v = t * 10 + i;
                        int id = h.Invoke(t, "push", v);
                        stack.Push(me, v);
                        h.Respond(id);
                    }
                    else
                    {
                        int id = h.Invoke(t, "pop");
                        h.Respond(id, stack.TryPop(me, out long v) ? v : Empty.Value);
                    }
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.Equal(12, h.Count);
            var r = LinearizabilityChecker.Check(h, new StackModel());
            Assert.True(r.IsLinearizable, r.Witness);
        }
    }
}
