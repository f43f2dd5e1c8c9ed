using System;

namespace Weft.Rewriting;

/// <summary>
/// Marks a class of static methods as the controlled equivalent of a BCL type, for <c>weft rewrite</c>. Each public
/// static method whose name and parameters (after dropping the trailing <c>string? file, int line</c>, which the
/// rewriter fills from the call's source position) match a method of <see cref="TypeFullName"/> replaces calls to it:
/// a static method by the same parameters; an instance method by the instance as the first parameter; a constructor
/// by a method named <c>New</c> that returns the new object.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ControlledEquivalentOfAttribute : Attribute
{
    public ControlledEquivalentOfAttribute(string typeFullName) => TypeFullName = typeFullName;

    /// <summary>The BCL type whose calls are redirected, e.g. <c>System.Threading.Interlocked</c>.</summary>
    public string TypeFullName { get; }
}
