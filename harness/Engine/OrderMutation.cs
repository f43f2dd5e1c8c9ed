using System;
using System.Runtime.CompilerServices;

namespace Weft.Engine;

/// <summary>
/// The memory-order mutation check's hook in the controlled build of the atomics layer. Every atomics operation passes
/// its declared order through <see cref="Apply"/> before anything else sees it (the scheduling point, the TSO store
/// buffers, the release/acquire histories), so a mutant's weakened order is what every memory model runs with:
/// <list type="bullet">
/// <item>discovery: with <see cref="CheckOptions.OrderSites"/> set, the site (file:line, kind, declared order) is recorded;</item>
/// <item>mutation: with <see cref="CheckOptions.OrderMutant"/> set, the one matching site gets the mutant's order, and
/// every other site keeps its own.</item>
/// </list>
/// Outside a controlled test, or with neither option set, the declared order comes back unchanged. The production build
/// of the atomics layer has no call to this class (it does not reference the harness), so a mutant can never reach it.
/// </summary>
internal static class OrderMutation
{
    /// <summary>The order the access of kind <paramref name="kind"/> at file:line runs with, given its declared order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static AccessOrder Apply(OrderSiteKind kind, AccessOrder declared, string file, int line)
    {
        var t = ControlledThread.Current;
        if (t is null) return declared;
        var options = t.Runtime.Options;
        if (options.OrderSites is null && options.OrderMutant is null) return declared;
        return Slow(t.Runtime, options, kind, declared, file, line);
    }

    private static AccessOrder Slow(ControlledRuntime runtime, CheckOptions options, OrderSiteKind kind, AccessOrder declared, string file, int line)
    {
        options.OrderSites?.Add(new OrderSite(file, line, kind, declared));
        if (options.OrderMutant is not { } m || !m.Matches(kind, declared, file, line)) return declared;
        runtime.OrderMutantReached = true;
        return m.Weakened;
    }

    /// <summary>
    /// <c>AtomicFence.SeqCst</c> at file:line: a scheduling point that is a SeqCst fence (it drains the TSO store buffer
    /// and joins the SeqCst order under RA), or, when a mutant weakened it, an acquire-release fence (under TSO nothing:
    /// TSO already orders everything but a store before a later load; under RA an acquire and a release fence outside
    /// the SeqCst order).
    /// </summary>
    public static void Fence(string file, int line)
    {
        var t = ControlledThread.Current;
        if (t is null) return;
        var order = Apply(OrderSiteKind.Fence, AccessOrder.SeqCst, file, line);
        t.Runtime.Access(t, OpKind.Fence, 0, null, order, file, line);
    }

    /// <summary>
    /// The orders one step weaker than <paramref name="declared"/> for an operation of kind <paramref name="kind"/>:
    /// SeqCst goes to AcqRel for a read-modify-write or fence, to Release for a store and to Acquire for a load; AcqRel goes
    /// to Acquire and to Release (two mutants) for a read-modify-write, to the half a load or store can use otherwise;
    /// Acquire and Release go to Relaxed. Relaxed has none, and the atomics layer offers no fence weaker than AcqRel.
    /// </summary>
    public static AccessOrder[] Weakenings(OrderSiteKind kind, AccessOrder declared) => (kind, declared) switch
    {
        (_, AccessOrder.Relaxed) => Array.Empty<AccessOrder>(),
        (OrderSiteKind.Fence, AccessOrder.SeqCst) => new[] { AccessOrder.AcqRel },
        (OrderSiteKind.Fence, _) => Array.Empty<AccessOrder>(),
        (OrderSiteKind.Load, AccessOrder.SeqCst or AccessOrder.AcqRel) => new[] { AccessOrder.Acquire },
        (OrderSiteKind.Store, AccessOrder.SeqCst or AccessOrder.AcqRel) => new[] { AccessOrder.Release },
        (OrderSiteKind.ReadModifyWrite, AccessOrder.SeqCst) => new[] { AccessOrder.AcqRel },
        (OrderSiteKind.ReadModifyWrite, AccessOrder.AcqRel) => new[] { AccessOrder.Acquire, AccessOrder.Release },
        _ => new[] { AccessOrder.Relaxed },
    };

    public static string KindName(OrderSiteKind kind) => kind switch
    {
        OrderSiteKind.Load => "load",
        OrderSiteKind.Store => "store",
        OrderSiteKind.ReadModifyWrite => "rmw",
        _ => "fence",
    };

    /// <summary>The C++ spelling: <c>seq_cst</c>, <c>acq_rel</c>, <c>acquire</c>, <c>release</c>, <c>relaxed</c>.</summary>
    public static string OrderName(AccessOrder order) => order switch
    {
        AccessOrder.SeqCst => "seq_cst",
        AccessOrder.AcqRel => "acq_rel",
        AccessOrder.Acquire => "acquire",
        AccessOrder.Release => "release",
        _ => "relaxed",
    };

    /// <summary>The kind <see cref="KindName"/> spells <paramref name="name"/>, or null.</summary>
    public static OrderSiteKind? ParseKind(string name) => name switch
    {
        "load" => OrderSiteKind.Load,
        "store" => OrderSiteKind.Store,
        "rmw" => OrderSiteKind.ReadModifyWrite,
        "fence" => OrderSiteKind.Fence,
        _ => null,
    };

    /// <summary>The order <see cref="OrderName"/> spells <paramref name="name"/>, or null.</summary>
    public static AccessOrder? ParseOrder(string name) => name switch
    {
        "seq_cst" => AccessOrder.SeqCst,
        "acq_rel" => AccessOrder.AcqRel,
        "acquire" => AccessOrder.Acquire,
        "release" => AccessOrder.Release,
        "relaxed" => AccessOrder.Relaxed,
        _ => null,
    };
}
