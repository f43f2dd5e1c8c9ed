using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>WEFT001 and WEFT003: declarations whose type makes every use of a Weft atomic a copy.</summary>
internal sealed class AtomicDeclarationChecks
{
    private readonly AtomicTypes _types;

    public AtomicDeclarationChecks(AtomicTypes types) => _types = types;

    public void AnalyzeField(SymbolAnalysisContext context)
    {
        var field = (IFieldSymbol)context.Symbol;
        // An auto-property's backing field is reported through its property (WEFT003).
        if (!field.IsReadOnly || field.AssociatedSymbol is not null || !_types.HoldsAtomic(field.Type)) return;
        foreach (var location in field.Locations)
            context.ReportDiagnostic(Diagnostic.Create(AtomicRules.ReadonlyField, location, field.Name, field.Type.ToDisplayString()));
    }

    public void AnalyzeMethod(SymbolAnalysisContext context)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.IsImplicitlyDeclared) return;
        // Accessors are reported once, through their property.
        if (method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise)
            return;
        AnalyzeSignature(method, context.ReportDiagnostic);
    }

    public void AnalyzeFunction(OperationAnalysisContext context)
    {
        var method = context.Operation switch
        {
            IAnonymousFunctionOperation lambda => lambda.Symbol,
            ILocalFunctionOperation local => local.Symbol,
            _ => null,
        };
        if (method is not null) AnalyzeSignature(method, context.ReportDiagnostic);
    }

    public void AnalyzeProperty(SymbolAnalysisContext context)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (property.IsImplicitlyDeclared || property.ReturnsByRef || !_types.HoldsAtomic(property.Type)) return;
        var how = property.ReturnsByRefReadonly ? "returned by 'ref readonly'" : "returned by value";
        Report(context.ReportDiagnostic, property, property.IsIndexer ? "indexer" : "property", property.Type, how);
        foreach (var parameter in property.Parameters) AnalyzeParameter(parameter, context.ReportDiagnostic);
    }

    private void AnalyzeSignature(IMethodSymbol method, System.Action<Diagnostic> report)
    {
        foreach (var parameter in method.Parameters) AnalyzeParameter(parameter, report);
        if (method.ReturnsVoid || method.ReturnsByRef || !_types.HoldsAtomic(method.ReturnType)) return;
        var how = method.ReturnsByRefReadonly ? "returned by 'ref readonly'" : "returned by value";
        Report(report, method, "method", method.ReturnType, how);
    }

    private void AnalyzeParameter(IParameterSymbol parameter, System.Action<Diagnostic> report)
    {
        if (parameter.RefKind is RefKind.Ref or RefKind.Out || !_types.HoldsAtomic(parameter.Type)) return;
        var how = parameter.RefKind switch
        {
            RefKind.In => "passed by 'in' (a readonly reference)",
            RefKind.None => "passed by value",
            _ => "passed by 'ref readonly'",
        };
        Report(report, parameter, "parameter", parameter.Type, how);
    }

    private static void Report(System.Action<Diagnostic> report, ISymbol symbol, string kind, ITypeSymbol type, string how)
    {
        foreach (var location in symbol.Locations)
            if (location.IsInSource)
                report(Diagnostic.Create(AtomicRules.ByValueDeclaration, location, kind, symbol.Name, type.ToDisplayString(), how));
    }
}
