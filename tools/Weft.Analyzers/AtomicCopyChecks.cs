using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// WEFT002: an existing Weft atomic read as a value. A copy is made when an operation that denotes a variable (a
/// field, local, parameter, array element, <c>this</c> of a struct, a <c>ref</c>-returning call) is consumed by
/// value: a local's initializer, the right side of an assignment, a by-value argument, a returned value, the element
/// of a foreach without <c>ref</c>. Also an operation on the temporary that a by-value property, indexer or method
/// returned. Building a new cell (<c>new</c>, <c>default</c>) copies nothing.
/// </summary>
internal sealed class AtomicCopyChecks
{
    private readonly AtomicTypes _types;

    public AtomicCopyChecks(AtomicTypes types) => _types = types;

    public void AnalyzeDeclarator(OperationAnalysisContext context)
    {
        var declarator = (IVariableDeclaratorOperation)context.Operation;
        var local = declarator.Symbol;
        if (!_types.HoldsAtomic(local.Type)) return;
        if (local.RefKind == RefKind.RefReadOnly)
        {
            context.ReportDiagnostic(Diagnostic.Create(AtomicRules.ByValueDeclaration, declarator.Syntax.GetLocation(),
                "local", local.Name, local.Type.ToDisplayString(), "a 'ref readonly' local"));
            return;
        }
        var initializer = declarator.GetVariableInitializer();
        if (local.RefKind == RefKind.None && initializer is not null && DenotesVariable(initializer.Value))
            Report(context, initializer.Value, $"initializing local '{local.Name}'");
    }

    public void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.IsRef || !_types.HoldsAtomic(assignment.Value.Type) || !DenotesVariable(assignment.Value)) return;
        Report(context, assignment.Value, "this assignment");
    }

    public void AnalyzeArgument(OperationAnalysisContext context)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is not { RefKind: RefKind.None } parameter) return;
        if (!_types.HoldsAtomic(argument.Value.Type) || !DenotesVariable(argument.Value)) return;
        Report(context, argument.Value, $"passing it as argument '{parameter.Name}'");
    }

    public void AnalyzeReturn(OperationAnalysisContext context)
    {
        var ret = (IReturnOperation)context.Operation;
        if (ret.ReturnedValue is not { } value || !_types.HoldsAtomic(value.Type) || !DenotesVariable(value)) return;
        if (ReturnsByRef(ret)) return;
        Report(context, value, "returning it");
    }

    public void AnalyzeForEach(OperationAnalysisContext context)
    {
        if (context.Operation is not IForEachLoopOperation loop) return;
        foreach (var local in loop.Locals)
            if (local.RefKind == RefKind.None && _types.HoldsAtomic(local.Type))
                context.ReportDiagnostic(Diagnostic.Create(AtomicRules.ValueCopy, loop.LoopControlVariable.Syntax.GetLocation(),
                    $"foreach variable '{local.Name}'", local.Type.ToDisplayString()));
    }

    /// <summary>
    /// A method called on a cell that lives in the temporary copy a by-value property, indexer or method returned,
    /// directly (<c>list[0].FetchAdd(1, ...)</c>) or through fields of a struct (<c>nodes[0].Next.Store(...)</c> on a
    /// <c>List&lt;Node&gt;</c>).
    /// </summary>
    public void AnalyzeReceiver(OperationAnalysisContext context)
    {
        var call = (IInvocationOperation)context.Operation;
        if (call.Instance is null || !_types.HoldsAtomic(call.Instance.Type)) return;
        var root = Unwrap(call.Instance);
        while (root is IFieldReferenceOperation { Instance: { } owner } && _types.HoldsAtomic(owner.Type))
            root = Unwrap(owner);
        var isTemporary = root switch
        {
            IPropertyReferenceOperation p => !p.Property.ReturnsByRef,
            IInvocationOperation i => !i.TargetMethod.ReturnsByRef,
            _ => false,
        };
        if (isTemporary) Report(context, root, $"calling '{call.TargetMethod.Name}' on this value");
    }

    private static bool ReturnsByRef(IReturnOperation ret) =>
        ret.SemanticModel?.GetEnclosingSymbol(ret.Syntax.SpanStart) is IMethodSymbol { ReturnsByRef: true };

    /// <summary>True if <paramref name="operation"/> names an existing storage location (so reading it as a value copies it).</summary>
    private static bool DenotesVariable(IOperation operation) => Unwrap(operation) switch
    {
        IFieldReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation
            or IArrayElementReferenceOperation or IInstanceReferenceOperation or IInlineArrayAccessOperation => true,
        IInvocationOperation call => call.TargetMethod.ReturnsByRef || call.TargetMethod.ReturnsByRefReadonly,
        IPropertyReferenceOperation property => property.Property.ReturnsByRef || property.Property.ReturnsByRefReadonly,
        IConditionalOperation conditional => conditional.WhenFalse is { } whenFalse
            && (DenotesVariable(conditional.WhenTrue) || DenotesVariable(whenFalse)),
        _ => false,
    };

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
            operation = operation is IConversionOperation c ? c.Operand : ((IParenthesizedOperation)operation).Operand;
        return operation;
    }

    private static void Report(OperationAnalysisContext context, IOperation value, string what) =>
        context.ReportDiagnostic(Diagnostic.Create(AtomicRules.ValueCopy, value.Syntax.GetLocation(), what,
            value.Syntax.ToString()));
}
