using System.Collections.Generic;
using System.Linq;

namespace Weft.Engine;

/// <summary>
/// The discovery half of the memory-order mutation check: collects every atomics call site a run executes, with the
/// order declared there (<see cref="CheckOptions.OrderSites"/>). One recorder per test run; controlled threads run one
/// at a time, and the lock keeps a recorder shared by parallel runs correct as well.
/// </summary>
internal sealed class OrderSiteRecorder
{
    private readonly HashSet<OrderSite> _sites = new();
    private readonly object _gate = new();

    public void Add(OrderSite site)
    {
        lock (_gate) _sites.Add(site);
    }

    /// <summary>The sites seen so far, by file, line, kind and order.</summary>
    public IReadOnlyList<OrderSite> Sites
    {
        get
        {
            lock (_gate)
                return _sites.OrderBy(s => s.RelativeFile, System.StringComparer.Ordinal).ThenBy(s => s.Line)
                    .ThenBy(s => s.Kind).ThenBy(s => s.Declared).ToList();
        }
    }
}
