using System;
using System.Collections.Immutable;
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
/// The analyzer shipped with Weft (tools/Weft.Analyzers): snippets are compiled with Roslyn against the real
/// controlled build of the atomics, the analyzer runs on them, and the test asserts the exact diagnostics (id and
/// line). Correct uses (mutable fields, arrays, <c>ref</c> locals and parameters, cells built with <c>new</c>) must
/// produce none. The first test shows the defect the rules exist for.
/// </summary>
public sealed class AtomicCopyAnalyzerTests
{
    private sealed class ReadonlyBox
    {
#pragma warning disable WEFT001 // the defect under test
        public readonly AtomicInt32 Value;
#pragma warning restore WEFT001
    }

    [Fact]
    public void A_readonly_atomic_field_drops_every_update()
    {
        // Why WEFT001 is an error: each call runs on a defensive copy, so the field never changes.
        var box = new ReadonlyBox();
        box.Value.FetchAdd(1, MemoryOrder.AcqRel);
        box.Value.Store(7, MemoryOrder.Release);
        Assert.Equal(0, box.Value.Load(MemoryOrder.Acquire));
    }

    [Fact]
    public void A_readonly_atomic_field_is_an_error_and_a_mutable_one_is_not()
    {
        var bad = Analyze("""
            using Weft.Atomics;
            class Counter
            {
                private readonly AtomicInt32 _count = new(0);
                public void Add() => _count.FetchAdd(1, MemoryOrder.AcqRel);
            }
            """);
        var d = Assert.Single(bad);
        Assert.Equal(("WEFT001", 4), (d.Id, Line(d)));
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("'_count' is a readonly field", d.GetMessage(), StringComparison.Ordinal);

        Assert.Empty(Analyze("""
            using Weft.Atomics;
            class Counter
            {
                private AtomicInt32 _count = new(0);
                public void Add() => _count.FetchAdd(1, MemoryOrder.AcqRel);
            }
            """));
    }

    [Fact]
    public void Readonly_fields_of_every_atomic_type_and_of_structs_holding_one_are_errors()
    {
        var ds = Analyze("""
            using Weft.Atomics;
            struct Slot { public AtomicInt64 Next; public int Payload; }
            struct Wrapper { public Slot Inner; }
            readonly struct Frozen { public readonly AtomicInt32 Cell; }
            class Holder
            {
                private static readonly AtomicRef<string> Shared = new(null);
                private readonly Wrapper _wrapped;
                private readonly int _plain;
                private readonly AtomicInt64[] _array = new AtomicInt64[4];
                public long Sum() => _array[0].Load(MemoryOrder.Acquire) + _plain + _wrapped.Inner.Next.Load(MemoryOrder.Acquire) + (Shared.Load(MemoryOrder.Acquire)?.Length ?? 0);
            }
            """);
        Assert.Equal([("WEFT001", 4), ("WEFT001", 7), ("WEFT001", 8)], Ids(ds));
    }

    [Fact]
    public void Copies_of_an_existing_cell_are_errors()
    {
        var ds = Analyze("""
            using System.Collections.Generic;
            using Weft.Atomics;
            class Node { public AtomicInt32 Count; public AtomicRef<Node> Next; }
            class User
            {
                static void Take(ref AtomicInt32 cell) => cell.FetchAdd(1, MemoryOrder.AcqRel);
                void Run(Node node, AtomicInt32[] cells, List<AtomicInt32> list)
                {
                    var copy = node.Count;
                    AtomicInt32 other;
                    other = cells[0];
                    list.Add(node.Count);
                    list[0].FetchAdd(1, MemoryOrder.AcqRel);
                    foreach (var c in cells) c.FetchAdd(1, MemoryOrder.AcqRel);
                    Take(ref node.Count);
                    copy.FetchAdd(other.Load(MemoryOrder.Relaxed), MemoryOrder.Relaxed);
                }
            }
            """);
        Assert.Equal([("WEFT002", 9), ("WEFT002", 11), ("WEFT002", 12), ("WEFT002", 13), ("WEFT002", 14)], Ids(ds));
    }

    [Fact]
    public void Declarations_that_pass_or_return_a_cell_by_value_are_errors()
    {
        var ds = Analyze("""
            using Weft.Atomics;
            class Api
            {
                private AtomicInt32 _cell;
                public AtomicInt32 Cell => _cell;
                public AtomicInt32 Get() { return _cell; }
                public void Put(AtomicInt32 cell) { }
                public int Read(in AtomicInt32 cell) => cell.Load(MemoryOrder.Acquire);
                public ref AtomicInt32 Ref() => ref _cell;
                public void Update(ref AtomicInt32 cell) => cell.Store(1, MemoryOrder.Release);
                public int Local()
                {
                    ref readonly var view = ref _cell;
                    ref var cell = ref _cell;
                    return view.Load(MemoryOrder.Acquire) + cell.Load(MemoryOrder.Acquire);
                }
                public void Functions()
                {
                    static void ByValue(AtomicInt32 c) { }
                    static void ByRef(ref AtomicInt32 c) => c.Store(2, MemoryOrder.Release);
                    System.Action<AtomicInt32> lambda = c => { };
                    ByRef(ref _cell);
                }
            }
            """);
        Assert.Equal(
            [("WEFT002", 5), ("WEFT002", 6), ("WEFT003", 5), ("WEFT003", 6), ("WEFT003", 7), ("WEFT003", 8), ("WEFT003", 13),
             ("WEFT003", 19), ("WEFT003", 21)],
            Ids(ds));
    }

    [Fact]
    public void Correct_uses_produce_no_diagnostic()
    {
        Assert.Empty(Analyze("""
            using System;
            using Weft.Atomics;
            sealed class Stack
            {
                private sealed class Node { public AtomicRef<Node?> Next; public long Value; }
                private AtomicRef<Node?> _top = new(null);
                private readonly AtomicInt32[] _counters = new AtomicInt32[2];
                private static AtomicInt64 s_total;
                public void Push(long v)
                {
                    var node = new Node { Value = v };
                    var local = new AtomicInt32(0);
                    local.Store(1, MemoryOrder.Relaxed);
                    ref var counter = ref _counters[0];
                    counter.FetchAdd(1, MemoryOrder.AcqRel);
                    Bump(ref _counters[1]);
                    s_total.FetchAdd(v, MemoryOrder.AcqRel);
                    while (true)
                    {
                        var top = _top.Load(MemoryOrder.Acquire);
                        node.Next.Store(top, MemoryOrder.Relaxed);
                        if (_top.CompareExchange(top, node, MemoryOrder.Release) == top) return;
                    }
                }
                private static void Bump(ref AtomicInt32 c) => c.FetchAdd(1, MemoryOrder.AcqRel);
                public int Sum() { int s = 0; foreach (ref var c in _counters.AsSpan()) s += c.Load(MemoryOrder.Acquire); return s; }
            }
            """));
    }

    private static (string Id, int Line)[] Ids(ImmutableArray<Diagnostic> ds) =>
        ds.Select(d => (d.Id, Line(d))).OrderBy(x => x.Id, StringComparer.Ordinal).ThenBy(x => x.Item2).ToArray();

    private static int Line(Diagnostic d) => d.Location.GetLineSpan().StartLinePosition.Line + 1;

    /// <summary>Compiles <paramref name="source"/> against the controlled atomics; fails on compiler errors; returns the analyzer's diagnostics.</summary>
    private static ImmutableArray<Diagnostic> Analyze(string source)
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = tpa.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(AtomicInt32).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Snippet",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "the snippet does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        return compilation.WithAnalyzers([new AtomicCopyAnalyzer()])
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
    }
}
