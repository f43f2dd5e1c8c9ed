using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Weft.Analyzers;
using Weft.Atomics;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// WEFT004 and WEFT005 (tools/Weft.Analyzers/ConditionalHookAnalyzer.cs): a side effect in the arguments of a [Conditional] hook
/// runs only in the controlled build. The first snippet is the shape of the LCRQ defect it exists for: CrqRing.Close
/// wrote its fetch-or of the closed bit inside the monitor report, so production rings never closed, an enqueue could
/// land in a ring the dequeuers had left for good, and values were lost under real threads while every scheduler test
/// (controlled build) passed. WEFT005: a call to another assembly's Weft hook from a build without its symbol is
/// removed by the compiler (the calling project's symbols decide), so a model or test library would report nothing.
/// </summary>
public sealed class ConditionalHookAnalyzerTests
{
    private const string Prelude = """
        using System.Diagnostics;
        using System.Threading;
        using Weft.Atomics;
        class Ring
        {
            private AtomicInt64 _tail;
            private long _count;
            [Conditional("WEFT_CONTROLLED")] private static void Report(long value) { }

        """;

    [Fact]
    public void An_atomic_operation_inside_a_conditional_hook_is_an_error()
    {
        var ds = Analyze("""
                public void Close() => Report(_tail.FetchOr(1L << 62, MemoryOrder.AcqRel) | (1L << 62));
            }
            """);
        var d = Assert.Single(ds);
        Assert.Equal(("WEFT004", 9), (d.Id, Line(d)));
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("'FetchOr' is in an argument of 'Report'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Interlocked_calls_increments_and_assignments_inside_a_hook_are_errors()
    {
        var ds = Analyze("""
                public void Run()
                {
                    Report(Interlocked.Increment(ref _count));
                    Report(_count++);
                    Report(_count = 3);
                    Report(_tail.TryCompareExchange(0, 1, MemoryOrder.AcqRel) ? 1 : 0);
                }
            }
            """);
        Assert.Equal([11, 12, 13, 14], ds.Where(d => d.Id == "WEFT004").Select(Line).Order().ToArray());
    }

    [Fact]
    public void Pure_arguments_and_effects_in_statements_of_their_own_are_allowed()
    {
        Assert.Empty(Analyze("""
                public void Close()
                {
                    long closed = _tail.FetchOr(1L << 62, MemoryOrder.AcqRel) | (1L << 62);
                    Report(closed);
                    Report(_tail.Peek() + _count);
                }
            }
            """));
    }

    private const string HookLibrary = """
        using System.Diagnostics;
        namespace Lib;
        public static class Pool
        {
            [Conditional("WEFT_CONTROLLED")] public static void Accessed(long handle) { }
            [Conditional("DEBUG")] public static void DebugOnly(long handle) { }
            public static void MarkRetired(long handle) { }
        }
        """;

    private const string HookCaller = """
        class Model
        {
            public void Retire(long handle)
            {
                Lib.Pool.Accessed(handle);
                Lib.Pool.DebugOnly(handle);
                Lib.Pool.MarkRetired(handle);
            }
        }
        """;

    [Fact]
    public void A_call_to_another_assembly_s_weft_hook_from_a_build_without_the_symbol_is_an_error()
    {
        var d = Assert.Single(AnalyzeCaller(defineControlled: false), x => x.Id == "WEFT005");
        Assert.Equal(5, Line(d));
        Assert.Contains("'Pool.Accessed' is [Conditional(\"WEFT_CONTROLLED\")] in HookLibrary", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_call_from_a_build_that_defines_the_symbol_is_allowed()
    {
        Assert.DoesNotContain(AnalyzeCaller(defineControlled: true), x => x.Id == "WEFT005");
    }

    private static int Line(Diagnostic d) => d.Location.GetLineSpan().StartLinePosition.Line + 1;

    /// <summary>Compiles <see cref="HookLibrary"/> as an assembly of its own and <see cref="HookCaller"/> against it, with
    /// or without WEFT_CONTROLLED; returns the caller's analyzer diagnostics.</summary>
    private static Diagnostic[] AnalyzeCaller(bool defineControlled)
    {
        var references = PlatformReferences().ToArray();
        var library = CSharpCompilation.Create("HookLibrary", [CSharpSyntaxTree.ParseText(HookLibrary)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: defineControlled ? ["WEFT_CONTROLLED"] : []);
        var caller = CSharpCompilation.Create("Caller", [CSharpSyntaxTree.ParseText(HookCaller, options)],
            references.Append(library.ToMetadataReference()), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = caller.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "the snippet does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        return [.. caller.WithAnalyzers([new ConditionalHookAnalyzer()]).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()];
    }

    private static System.Collections.Generic.IEnumerable<MetadataReference> PlatformReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => MetadataReference.CreateFromFile(p));

    /// <summary>Compiles the prelude and <paramref name="body"/> against the controlled atomics; returns WEFT004's diagnostics.</summary>
    private static Diagnostic[] Analyze(string body)
    {
        var references = PlatformReferences().Append(MetadataReference.CreateFromFile(typeof(AtomicInt64).Assembly.Location));
        var compilation = CSharpCompilation.Create("Snippet",
            [CSharpSyntaxTree.ParseText(Prelude + body, new CSharpParseOptions(LanguageVersion.Preview))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "the snippet does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        return [.. compilation.WithAnalyzers([new ConditionalHookAnalyzer()]).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()];
    }
}
