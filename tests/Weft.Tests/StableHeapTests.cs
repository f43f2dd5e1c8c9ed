using System;
using System.Globalization;
using System.IO;
using Weft.Scenarios;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// Holding the heap still (the no-GC region of <c>StableHeap</c>, which <c>pos</c>, <c>rff</c>, <c>stall</c>, TSO, RA,
/// DPOR and the race detector run in) must not cost a page fault per page the held iterations allocate: a renewal
/// collects generation 0 and starts the region where generation 0 allocates, in pages already mapped. The check counts
/// the process's minor page faults over a <c>pos</c> exploration of the 1-point bench body and compares them with the
/// bytes the process allocated meanwhile. A region that hands the iterations fresh memory faults in a page for about
/// every page allocated (20,000 iterations: about 100 MB and 25,000 faults); reused, the exploration faults in a few
/// hundred pages (thread stacks, code).
/// </summary>
[Collection(HeapSensitiveCollection.Name)]
public sealed class StableHeapTests
{
    [Fact]
    public void Iterations_that_hold_the_heap_allocate_in_pages_already_mapped()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "minor page faults are read from /proc/self/stat");
        var options = CheckOptions.Default with { Strategy = "pos", Seed = 1, Iterations = 20_000 };
        Checker.Explore(EngineShapes.TwoThreads1, options with { Iterations = 500 }); // compiles the paths, starts the workers
        string collections = $"collections (gen 0/1/2) {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";
        long faults = MinorFaults();
        long allocated = GC.GetTotalAllocatedBytes();
        var result = Checker.Explore(EngineShapes.TwoThreads1, options);
        allocated = GC.GetTotalAllocatedBytes() - allocated;
        faults = MinorFaults() - faults;
        collections += $" before, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} after";
        Assert.Null(result.Bug);
        Assert.True(allocated > 32L << 20, $"the exploration allocated only {allocated} bytes: too little to tell reused pages from fresh ones");
        Assert.True(faults * Environment.SystemPageSize < allocated / 4,
            $"{faults} minor page faults while {allocated} bytes were allocated: the held iterations allocate in fresh pages; {collections}");
    }

    /// <summary>The process's minor page faults so far: field 10 of /proc/self/stat (counted after the parenthesized name).</summary>
    private static long MinorFaults()
    {
        string stat = File.ReadAllText("/proc/self/stat");
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7], CultureInfo.InvariantCulture); // fields[0] is field 3 (state)
    }
}
