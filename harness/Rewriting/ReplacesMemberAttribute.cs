using System;

namespace Weft.Rewriting;

/// <summary>
/// On a method of a <see cref="ControlledEquivalentOfAttribute"/> class: the name of the BCL member it replaces when
/// that is not the method's own name (a property getter, <c>get_IsSet</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ReplacesMemberAttribute : Attribute
{
    public ReplacesMemberAttribute(string memberName) => MemberName = memberName;

    public string MemberName { get; }
}
