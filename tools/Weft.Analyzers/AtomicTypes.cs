using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Weft.Analyzers;

/// <summary>
/// Which types hold a Weft atomic by value: <c>Weft.Atomics.AtomicInt32</c>, <c>AtomicInt64</c>, <c>AtomicRef&lt;T&gt;</c>,
/// and any struct with an instance field of such a type (transitively, so a struct wrapping a struct wrapping an
/// atomic counts). Copying any of them copies the cell. Answers are cached per type for one compilation.
/// </summary>
internal sealed class AtomicTypes
{
    private const string AtomicNamespace = "Weft.Atomics";

    private readonly ConcurrentDictionary<ITypeSymbol, bool> _holds = new(SymbolEqualityComparer.Default);

    /// <summary>True if a value of <paramref name="type"/> carries a Weft atomic cell inline.</summary>
    public bool HoldsAtomic(ITypeSymbol? type) => type is not null && HoldsAtomic(type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));

    private bool HoldsAtomic(ITypeSymbol type, HashSet<ITypeSymbol> visiting)
    {
        if (type.TypeKind != TypeKind.Struct || type is not INamedTypeSymbol named) return false;
        if (_holds.TryGetValue(type, out var known)) return known;
        if (!visiting.Add(type)) return false;   // a cycle through fields is only possible via pointers, which are not structs
        var holds = IsAtomic(named) || HasAtomicField(named, visiting);
        _holds[type] = holds;
        return holds;
    }

    private bool HasAtomicField(INamedTypeSymbol type, HashSet<ITypeSymbol> visiting)
    {
        if (type.SpecialType != SpecialType.None) return false;   // int, long, Nullable<T>'s primitives...
        foreach (var member in type.GetMembers())
            if (member is IFieldSymbol { IsStatic: false, IsFixedSizeBuffer: false } field && HoldsAtomic(field.Type, visiting))
                return true;
        return false;
    }

    /// <summary>True for the three atomic structs themselves.</summary>
    public static bool IsAtomic(INamedTypeSymbol type) =>
        type.ContainingNamespace?.ToDisplayString() == AtomicNamespace
        && type.Name is "AtomicInt32" or "AtomicInt64" or "AtomicRef";
}
