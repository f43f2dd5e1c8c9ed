using System.Linq;
using Mono.Cecil;

namespace Weft.Rewriter;

/// <summary>
/// The text that identifies a method for redirection: <c>DeclaringType::Name(ParameterTypes)`Arity</c>, with the instance
/// as the first parameter of an instance method (not of a constructor), generic parameters by position (<c>!!0</c>, also
/// inside generic instances: <c>System.Func`1&lt;!!0&gt;</c>) and
/// modifiers dropped (<c>ref readonly</c> parameters carry one). A call in user code and a controlled equivalent in the
/// harness with the same key are interchangeable.
/// </summary>
internal static class MethodKeys
{
    /// <summary>The key of a call's target, or null for a method of a generic type instance (nothing redirected is one).</summary>
    public static string? OfCall(MethodReference call)
    {
        if (call.DeclaringType is GenericInstanceType) return null;
        var method = call is GenericInstanceMethod generic ? generic.ElementMethod : call;
        var parameters = method.Parameters.Select(p => TypeName(p.ParameterType));
        if (method.HasThis && method.Name != ".ctor") parameters = parameters.Prepend(call.DeclaringType.FullName);
        return Key(call.DeclaringType.FullName, method.Name, parameters, method.GenericParameters.Count);
    }

    public static string Key(string type, string name, System.Collections.Generic.IEnumerable<string> parameters, int arity) =>
        $"{type}::{name}({string.Join(",", parameters)})`{arity}";

    /// <summary>A type's name with generic parameters by position and modifiers dropped.</summary>
    public static string TypeName(TypeReference type) => type switch
    {
        ByReferenceType r => TypeName(r.ElementType) + "&",
        ArrayType a => TypeName(a.ElementType) + "[]",
        RequiredModifierType m => TypeName(m.ElementType),
        OptionalModifierType m => TypeName(m.ElementType),
        GenericInstanceType g => TypeName(g.ElementType) + "<" + string.Join(",", g.GenericArguments.Select(TypeName)) + ">",
        GenericParameter p => (p.Type == GenericParameterType.Method ? "!!" : "!") + p.Position,
        _ => type.FullName,
    };

    /// <summary>The short name a report uses: <c>Monitor.Enter</c>, <c>new Thread</c>, <c>ManualResetEventSlim.IsSet</c>.</summary>
    public static string ShortName(MethodReference call)
    {
        var type = call.DeclaringType.Name;
        int tick = type.IndexOf('`', System.StringComparison.Ordinal);
        if (tick >= 0) type = type[..tick];
        return call.Name switch
        {
            ".ctor" => "new " + type,
            var n when n.StartsWith("get_", System.StringComparison.Ordinal) => type + "." + n[4..],
            var n => type + "." + n,
        };
    }
}
