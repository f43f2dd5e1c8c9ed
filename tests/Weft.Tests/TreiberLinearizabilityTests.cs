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
        for (int round = 0; round < 50; round++)
        {
            var reclaimer = Weft.Reclamation.Reclaimer.Create(Weft.Reclamation.ReclamationScheme.Ibr, new NodePool(64, tagged: true, threadCaches: 3), maxThreads: 3);
            var stack = new TreiberStack(reclaimer);
            var h = AlternatingHistory.Record(reclaimer.Register, "push", (me, v) => { stack.Push(me, v); return null; }, "pop", stack.TryPop);
            Assert.Equal(12, h.Count);
            var r = LinearizabilityChecker.Check(h, new StackModel());
            Assert.True(r.IsLinearizable, r.Witness);
        }
    }
}
