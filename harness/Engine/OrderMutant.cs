namespace Weft.Engine;

/// <summary>
/// One memory-order mutant: the site <see cref="Site"/> runs with <see cref="Weakened"/> (one step weaker than its
/// declared order) instead of its declared order; every other site keeps its own. Set per run on
/// <see cref="CheckOptions.OrderMutant"/>; only the controlled build of the atomics layer consults it.
/// </summary>
internal sealed record OrderMutant(OrderSite Site, AccessOrder Weakened)
{
    /// <summary><c>impl/src/Reclamation/IbrReclaimer.cs:120 store seq_cst-&gt;release</c>.</summary>
    public string Id => $"{Site.Location} {OrderMutation.KindName(Site.Kind)} {OrderMutation.OrderName(Site.Declared)}->{OrderMutation.OrderName(Weakened)}";

    /// <summary>True when the access at file:line of kind <paramref name="kind"/> declaring <paramref name="declared"/> is this mutant's site.</summary>
    /// The file matches as the compiler recorded it, or by its <c>impl/</c>-relative path (a mutant read from a schedule
    /// file names the site that way, so it matches in a build made in another folder).
    public bool Matches(OrderSiteKind kind, AccessOrder declared, string file, int line) =>
        line == Site.Line && kind == Site.Kind && declared == Site.Declared &&
        (string.Equals(file, Site.File, System.StringComparison.Ordinal) || string.Equals(OrderSite.Relative(file), Site.RelativeFile, System.StringComparison.Ordinal));
}
