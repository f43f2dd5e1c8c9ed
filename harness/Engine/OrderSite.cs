using System;
using System.Globalization;

namespace Weft.Engine;

/// <summary>
/// An atomics call site of the implementation: the file and line the atomics layer's caller-info parameters name, the
/// kind of operation and the memory order declared there. One line that passes different orders (a helper taking the
/// order as a parameter) is one site per order.
/// </summary>
internal readonly record struct OrderSite(string File, int Line, OrderSiteKind Kind, AccessOrder Declared)
{
    /// <summary>
    /// The file relative to the repository when it lies under an <c>impl/</c> folder (<c>impl/src/...</c>), else the path as
    /// the compiler recorded it.
    /// </summary>
    public string RelativeFile => Relative(File);

    /// <summary>True for a site of Weft's own implementation tree (<c>impl/src/</c>), the sites the mutation check weakens.</summary>
    public bool InImplementation => File.Replace('\\', '/').Contains("/impl/src/", StringComparison.Ordinal);

    /// <summary><c>impl/src/Reclamation/IbrReclaimer.cs:120</c>.</summary>
    public string Location => string.Create(CultureInfo.InvariantCulture, $"{RelativeFile}:{Line}");

    public override string ToString() => $"{Location} {OrderMutation.KindName(Kind)} {OrderMutation.OrderName(Declared)}";

    internal static string Relative(string file)
    {
        var normal = file.Replace('\\', '/');
        int at = normal.LastIndexOf("/impl/", StringComparison.Ordinal);
        return at >= 0 ? normal[(at + 1)..] : normal;
    }
}
