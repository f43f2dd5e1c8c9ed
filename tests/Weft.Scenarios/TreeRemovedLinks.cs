using Weft.Collections;
using Weft.Memory;
using Weft.Models;
using Weft.Monitors;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Scenarios;

/// <summary>
/// The trees' searches under IBR in the shape that broke both skiplists' (a search preempted on a node while another
/// thread links a successor after it, removes both and lets its scan free the successor): tree {1}; one thread looks
/// up 2 while the other adds 2, removes 1 and 2, then adds and removes 3. With the trees' validated searches no freed
/// node is read (NoUseAfterFree); with each tree's seeded unvalidated search (NmTreeSeekWithoutValidation,
/// EfrbSearchWithoutValidation) the same workload reads one, which shows it reaches the hazard.
/// </summary>
public static class TreeRemovedLinks
{
    [WeftTest("nmtree/removed-links-ibr", Budget = 1000,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) })]
    public static void NmTreeLookupDuringRemovals() => SetWorkloads.LookupDuringRemovals(NmTree(), 2);

    [WeftTest("efrb/removed-links-ibr", Budget = 1000,
        Monitors = new[] { typeof(EfrbInfoCurrentMonitor), typeof(EfrbMarkFinalMonitor), typeof(EfrbSearchTreeOrderMonitor), typeof(EfrbMatchesAbstractMonitor) })]
    public static void EfrbLookupDuringRemovals() => SetWorkloads.LookupDuringRemovals(Efrb(), 2);

    [WeftTest("nmtree/removed-links-unvalidated-ibr", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 1000,
        Monitors = new[] { typeof(NmTreeOrderMonitor), typeof(NmTreeMatchesAbstractMonitor), typeof(NmTreeEdgesFrozenMonitor) })]
    public static void NmTreeUnvalidatedLookupDuringRemovals() => SetWorkloads.LookupDuringRemovals(NmTree(SeededBug.NmTreeSeekWithoutValidation), 2);

    [WeftTest("efrb/removed-links-unvalidated-ibr", NegativeControl = true, ExpectedMonitor = "NoUseAfterFreeMonitor", Budget = 1000,
        Monitors = new[] { typeof(EfrbInfoCurrentMonitor), typeof(EfrbMarkFinalMonitor), typeof(EfrbSearchTreeOrderMonitor), typeof(EfrbMatchesAbstractMonitor) })]
    public static void EfrbUnvalidatedLookupDuringRemovals() => SetWorkloads.LookupDuringRemovals(Efrb(SeededBug.EfrbSearchWithoutValidation), 2);

    private static RecordedSet NmTree(SeededBug bug = SeededBug.None)
    {
        var pool = new NodePool(32, tagged: true, threadCaches: 4, strict: true,
            links: NatarajanMittalTree<long, Int64KeyComparer>.LinksPerNode, payloadWords: NatarajanMittalTree<long, Int64KeyComparer>.PayloadWordsPerNode);
        var reclaimer = Reclaimer.Create(ReclamationScheme.Ibr, pool, 4, TreiberLinearizability.Tiny with { SeededBug = bug });
        TreiberLinearizability.DeclarePendingBound(ReclamationScheme.Ibr, reclaimer.Config, 4, retiringRegistrations: 4);
        var tree = new NatarajanMittalTree<long, Int64KeyComparer>(reclaimer);
        return new(tree.Reclaimer, (me, key) => tree.TryAdd(me, key), tree.TryRemove, tree.ContainsKey,
            () => tree.QuiescentViolation() is { } shape ? "quiescent tree: " + shape : null);
    }

    private static RecordedSet Efrb(SeededBug bug = SeededBug.None)
    {
        var pool = new NodePool(48, tagged: true, threadCaches: 4, strict: true,
            links: EfrbTree<long, long, Int64KeyComparer>.LinksPerNode, payloadWords: EfrbTree<long, long, Int64KeyComparer>.PayloadWordsPerNode);
        var reclaimer = Reclaimer.Create(ReclamationScheme.Ibr, pool, 4, TreiberLinearizability.Tiny with { SeededBug = bug });
        TreiberLinearizability.DeclarePendingBound(ReclamationScheme.Ibr, reclaimer.Config, 4, retiringRegistrations: 4);
        var tree = new EfrbTree<long, long, Int64KeyComparer>(reclaimer);
        return new(tree.Reclaimer, (me, key) => tree.TryAdd(me, key, key * 10), tree.TryRemove, tree.ContainsKey,
            () => tree.QuiescentViolation() is { } shape ? "quiescent EFRB tree: " + shape : null);
    }
}
