using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Weft.Rewriting;

namespace Weft.Rewriter;

/// <summary>
/// The controlled equivalents the rewriter redirects to, read with Cecil from the harness assembly (the classes marked
/// <see cref="ControlledEquivalentOfAttribute"/>), by the key of the BCL method each replaces (<see cref="MethodKeys"/>).
/// Every equivalent ends with <c>string? file, int line</c>, which the rewriter fills from the call's source position.
/// </summary>
internal sealed class ShimCatalog
{
    private readonly Dictionary<string, MethodDefinition> _byKey;

    private ShimCatalog(ModuleDefinition harness, Dictionary<string, MethodDefinition> byKey)
    {
        Harness = harness;
        _byKey = byKey;
    }

    /// <summary>The harness module the equivalents come from.</summary>
    public ModuleDefinition Harness { get; }

    /// <summary>The catalog of the harness this rewriter was built with.</summary>
    public static ShimCatalog Load()
    {
        var harness = ModuleDefinition.ReadModule(typeof(ControlledEquivalentOfAttribute).Assembly.Location);
        var byKey = new Dictionary<string, MethodDefinition>(StringComparer.Ordinal);
        foreach (var type in harness.Types)
        {
            var target = type.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == typeof(ControlledEquivalentOfAttribute).FullName);
            if (target is null) continue;
            var targetName = (string)target.ConstructorArguments[0].Value;
            foreach (var method in type.Methods.Where(m => m.IsPublic && m.IsStatic))
                byKey.Add(KeyOf(targetName, method), method);
        }
        return new ShimCatalog(harness, byKey);
    }

    /// <summary>The controlled equivalent of <paramref name="call"/>'s target, or null when it has none.</summary>
    public MethodDefinition? Find(MethodReference call) =>
        MethodKeys.OfCall(call) is { } key && _byKey.TryGetValue(key, out var shim) ? shim : null;

    /// <summary>The type names whose methods some equivalent replaces.</summary>
    public IEnumerable<string> TargetTypes => _byKey.Keys.Select(k => k[..k.IndexOf("::", StringComparison.Ordinal)]).Distinct();

    public MethodDefinition Method(string typeFullName, string name) =>
        Harness.GetType(typeFullName)?.Methods.First(m => m.Name == name)
        ?? throw new InvalidOperationException($"the harness has no {typeFullName}.{name}");

    private static string KeyOf(string target, MethodDefinition method)
    {
        var parameters = method.Parameters;
        if (parameters.Count < 2 || parameters[^2].ParameterType.FullName != "System.String" || parameters[^1].ParameterType.FullName != "System.Int32")
            throw new InvalidOperationException($"{method.FullName}: a controlled equivalent must end with (string? file, int line)");
        var replaced = method.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == typeof(ReplacesMemberAttribute).FullName);
        var name = replaced is not null ? (string)replaced.ConstructorArguments[0].Value : method.Name == "New" ? ".ctor" : method.Name;
        return MethodKeys.Key(target, name, parameters.Take(parameters.Count - 2).Select(p => MethodKeys.TypeName(p.ParameterType)), method.GenericParameters.Count);
    }
}
