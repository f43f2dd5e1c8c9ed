using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using Weft.Strategies;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The outcomes of the IPC tests (<see cref="CheckOptions.OutcomeSink"/>: the bug or ok plus the monitor events' history)
/// name the futex words they refer to by their place (offset within the segment, the segment's number in the iteration),
/// not by address: the same bounded DFS run twice in one process, with the segments of the second run forced to other
/// addresses, reaches the same set of outcome strings. An outcome that printed an address would differ between the two
/// runs, as it would between two processes, and every cross-run comparison (DFS against DPOR in another run, the
/// benchmark's tables) would report false differences.
/// </summary>
public sealed class IpcOutcomeStabilityTests
{
    public static TheoryData<string> Tests() => new(
        "ipc/mutex", "ipc/mutex-processes", "ipc/semaphore", "ipc/event", "ipc/mutex-test-then-set");

    private static HashSet<string> Outcomes(RegisteredTest t)
    {
        var options = t.Apply(CheckOptions.Default with { Strategy = "dfs", PreemptionBound = 1, Iterations = 150 });
        var (result, outcomes) = OutcomeCollector.Explore(t.Body, options);
        Assert.True(result.Iterations > 0, $"{t.Id}: nothing ran");
        return outcomes;
    }

    [Theory]
    [MemberData(nameof(Tests))]
    public unsafe void Outcomes_are_the_same_when_the_segments_move(string id)
    {
        var t = CanonicalBugTests.Registered(id);
        var first = Outcomes(t);
        // Hold the blocks the first run's segments were freed to, so the second run's segments get other addresses.
        var held = new List<nint>();
        try
        {
            for (int i = 0; i < 64; i++) held.Add((nint)NativeMemory.AlignedAlloc(64, 64));
            var second = Outcomes(t);
            Assert.Null(OutcomeCollector.Difference("first run", first, "second run", second));
            Assert.Contains(first, o => o.Contains("Word = word at offset ", StringComparison.Ordinal));
        }
        finally
        {
            foreach (var p in held) NativeMemory.AlignedFree((void*)p);
        }
    }
}
