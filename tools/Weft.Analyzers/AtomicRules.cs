using Microsoft.CodeAnalysis;

namespace Weft.Analyzers;

/// <summary>The diagnostics of <see cref="AtomicCopyAnalyzer"/>: all errors, because each one loses updates silently.</summary>
internal static class AtomicRules
{
    private const string Category = "Weft.Atomics";

    /// <summary>
    /// A readonly field of an atomic type (or of a struct holding one). C# may not mutate a readonly struct field in
    /// place, so every method call on it runs on a defensive copy: stores, exchanges, CASes and fetch-adds change the
    /// copy and are lost, and loads read a value nobody else ever changes.
    /// </summary>
    public static readonly DiagnosticDescriptor ReadonlyField = new(
        id: "WEFT001",
        title: "An atomic cell must not be a readonly field",
        messageFormat: "'{0}' is a readonly field of type '{1}', which holds a Weft atomic: every operation on it runs on a defensive copy and its updates are lost; remove 'readonly'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Weft's AtomicInt32, AtomicInt64 and AtomicRef<T> are structs: a readonly field of one is copied before each method call, so updates never reach the field.");

    /// <summary>An existing atomic cell read as a value: the copy is a different cell, detached from the shared one.</summary>
    public static readonly DiagnosticDescriptor ValueCopy = new(
        id: "WEFT002",
        title: "An atomic cell must not be copied",
        messageFormat: "{0} copies the Weft atomic '{1}' by value: operations on the copy do not reach the shared cell; use it in place or by 'ref'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Weft's atomics are structs: assigning one, passing it by value, returning it or iterating over a collection of them copies the cell, and the copy's updates are invisible to every other thread.");

    /// <summary>A parameter, return value, property or local whose type makes every use of an atomic a copy.</summary>
    public static readonly DiagnosticDescriptor ByValueDeclaration = new(
        id: "WEFT003",
        title: "An atomic cell must be passed and returned by 'ref'",
        messageFormat: "{0} '{1}' has type '{2}', which holds a Weft atomic, {3}: operations on it act on a copy; use 'ref'",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A by-value, 'in' or 'ref readonly' parameter, a by-value or 'ref readonly' return, a property and a 'ref readonly' local of an atomic type all hand out copies of the cell.");

    /// <summary>
    /// A side effect inside the arguments of a call to a [Conditional] method: the build without the symbol removes
    /// the call with its arguments, so the effect happens in the controlled build only (ConditionalHookAnalyzer).
    /// </summary>
    public static readonly DiagnosticDescriptor SideEffectInConditionalCall = new(
        id: "WEFT004",
        title: "No side effect in the arguments of a [Conditional] call",
        messageFormat: "{0} is in an argument of '{1}', a [Conditional] method: builds without its symbol remove the call with its arguments, so the effect happens only in the controlled build; do it in a statement of its own and pass the result",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The compiler drops a call to a [Conditional] method and the evaluation of its arguments when the symbol is not defined, so an atomic operation, Interlocked call, increment or assignment written inside them runs only in the build that defines WEFT_CONTROLLED.");

    /// <summary>
    /// A call to a Weft hook ([Conditional("WEFT_...")]) declared in another assembly, from a build that does not define
    /// the symbol: the compiler drops the call there, so the hook never runs, silently (ConditionalHookAnalyzer).
    /// </summary>
    public static readonly DiagnosticDescriptor DroppedConditionalCall = new(
        id: "WEFT005",
        title: "A call to another assembly's Weft hook that this build drops",
        messageFormat: "'{0}' is [Conditional(\"{1}\")] in {2}, and this build does not define {1}: the compiler removes the call, so it never runs here; define {1} in this project or call a method that is not conditional",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Whether a call to a [Conditional] method is compiled is decided by the symbols of the calling project, not of the project that declares the method. A monitor hook of the controlled build called from a project without WEFT_CONTROLLED (a model, a test library) is removed without a warning, and the event it reports never reaches the monitors.");
}
