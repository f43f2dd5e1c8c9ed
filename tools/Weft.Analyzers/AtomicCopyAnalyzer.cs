using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// Reports the ways C# silently copies a Weft atomic struct (<c>AtomicInt32</c>, <c>AtomicInt64</c>,
/// <c>AtomicRef&lt;T&gt;</c>, or a struct holding one), because an operation on a copy never reaches the shared cell:
/// <list type="bullet">
/// <item>WEFT001: a readonly field (every call runs on a defensive copy);</item>
/// <item>WEFT002: an existing cell read as a value: a local initialized or assigned from it, an argument passed by
/// value, a returned cell, a foreach over cells without <c>ref</c>, an operation on the temporary a by-value
/// property, indexer or method returned (<c>list[0].FetchAdd(1, ...)</c>);</item>
/// <item>WEFT003: declarations that make every use a copy: a by-value, <c>in</c> or <c>ref readonly</c> parameter,
/// a by-value or <c>ref readonly</c> return or property, a <c>ref readonly</c> local.</item>
/// </list>
/// A cell built in place (<c>new AtomicInt32(0)</c>, <c>default</c>) is not a copy of anything and is allowed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AtomicCopyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(AtomicRules.ReadonlyField, AtomicRules.ValueCopy, AtomicRules.ByValueDeclaration);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var types = new AtomicTypes();
            var declarations = new AtomicDeclarationChecks(types);
            var copies = new AtomicCopyChecks(types);
            start.RegisterSymbolAction(declarations.AnalyzeField, SymbolKind.Field);
            start.RegisterSymbolAction(declarations.AnalyzeMethod, SymbolKind.Method);
            start.RegisterSymbolAction(declarations.AnalyzeProperty, SymbolKind.Property);
            start.RegisterOperationAction(declarations.AnalyzeFunction, OperationKind.AnonymousFunction, OperationKind.LocalFunction);
            start.RegisterOperationAction(copies.AnalyzeDeclarator, OperationKind.VariableDeclarator);
            start.RegisterOperationAction(copies.AnalyzeAssignment, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(copies.AnalyzeArgument, OperationKind.Argument);
            start.RegisterOperationAction(copies.AnalyzeReturn, OperationKind.Return);
            start.RegisterOperationAction(copies.AnalyzeForEach, OperationKind.Loop);
            start.RegisterOperationAction(copies.AnalyzeReceiver, OperationKind.Invocation);
        });
    }
}
