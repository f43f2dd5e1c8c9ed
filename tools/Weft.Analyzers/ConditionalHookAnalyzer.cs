using System.Collections.Immutable;
using System.Linq;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// WEFT004: a side effect in the arguments of a call to a <c>[Conditional]</c> method. The compiler removes such a
/// call, arguments included, from every build that does not define the symbol, so Weft's controlled build (which
/// defines <c>WEFT_CONTROLLED</c> and keeps its monitor hooks) would run the side effect and the production build
/// would not: the scheduler explores code users never run. Reported: an operation on a Weft atomic other than
/// <c>Peek</c>, an <c>Interlocked</c> or <c>Volatile</c> call, an increment or decrement, an assignment. Compute the
/// value in a statement of its own and pass the local.
/// WEFT005: a call to a Weft hook (<c>[Conditional("WEFT_...")]</c>) declared in another assembly, from a build that
/// does not define the symbol. The compiler decides by the calling project's symbols, so such a call is removed from
/// that build without a word: a model or test library calling the controlled build's monitor hook reports nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConditionalHookAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(AtomicRules.SideEffectInConditionalCall, AtomicRules.DroppedConditionalCall);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var call = (IInvocationOperation)context.Operation;
        if (!IsConditional(call.TargetMethod)) return;
        ReportDroppedCall(context, call);
        foreach (var argument in call.Arguments)
            foreach (var inner in argument.Value.DescendantsAndSelf())
            {
                string? effect = SideEffect(inner);
                if (effect is null) continue;
                context.ReportDiagnostic(Diagnostic.Create(AtomicRules.SideEffectInConditionalCall, inner.Syntax.GetLocation(),
                    effect, call.TargetMethod.Name));
            }
    }

    /// <summary>WEFT005: the call names a Weft hook of another assembly whose symbols this build defines none of.</summary>
    private static void ReportDroppedCall(OperationAnalysisContext context, IInvocationOperation call)
    {
        var method = call.TargetMethod;
        if (SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, context.Compilation.Assembly)) return;
        var symbols = Conditions(method).ToArray();
        if (symbols.Length == 0 || symbols.Any(s => !s.StartsWith("WEFT_", System.StringComparison.Ordinal))) return;
        var defined = call.Syntax.SyntaxTree.Options.PreprocessorSymbolNames;
        if (symbols.Any(defined.Contains)) return;
        context.ReportDiagnostic(Diagnostic.Create(AtomicRules.DroppedConditionalCall, call.Syntax.GetLocation(),
            $"{method.ContainingType.Name}.{method.Name}", symbols[0], method.ContainingAssembly.Name));
    }

    /// <summary>The symbols of the method's [Conditional] attributes (the call is compiled if any is defined).</summary>
    private static System.Collections.Generic.IEnumerable<string> Conditions(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
            if (attribute.AttributeClass?.Name == nameof(ConditionalAttribute)
                && attribute.AttributeClass.ContainingNamespace?.ToDisplayString() == "System.Diagnostics"
                && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string symbol)
                yield return symbol;
    }

    private static bool IsConditional(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
            if (attribute.AttributeClass?.Name == nameof(ConditionalAttribute)
                && attribute.AttributeClass.ContainingNamespace?.ToDisplayString() == "System.Diagnostics")
                return true;
        return false;
    }

    /// <summary>What side effect <paramref name="operation"/> has (for the message), or null if none this rule knows.</summary>
    private static string? SideEffect(IOperation operation) => operation switch
    {
        IInvocationOperation { TargetMethod: var m } when m.ContainingType is { } type && AtomicTypes.IsAtomic(type) && m.Name != "Peek"
            => $"the atomic operation '{m.Name}'",
        IInvocationOperation { TargetMethod: var m } when m.ContainingType is { Name: "Interlocked" or "Volatile" } type
            && type.ContainingNamespace?.ToDisplayString() == "System.Threading"
            => $"the call '{type.Name}.{m.Name}'",
        IIncrementOrDecrementOperation => "an increment or decrement",
        IAssignmentOperation => "an assignment",
        _ => null,
    };
}
