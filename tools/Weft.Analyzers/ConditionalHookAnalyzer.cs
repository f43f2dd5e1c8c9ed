using System.Collections.Immutable;
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
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConditionalHookAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(AtomicRules.SideEffectInConditionalCall);

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
        foreach (var argument in call.Arguments)
            foreach (var inner in argument.Value.DescendantsAndSelf())
            {
                string? effect = SideEffect(inner);
                if (effect is null) continue;
                context.ReportDiagnostic(Diagnostic.Create(AtomicRules.SideEffectInConditionalCall, inner.Syntax.GetLocation(),
                    effect, call.TargetMethod.Name));
            }
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
