using System;
using System.IO;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Weft.Rewriting;

namespace Weft.Rewriter;

/// <summary>
/// <c>weft rewrite</c>: reads an assembly with Mono.Cecil, rewrites every method body (<see cref="MethodBodyRewriter"/>),
/// stamps the assembly with <see cref="RewrittenByWeftAttribute"/> and writes it, with its symbols when it has them.
/// A stamped assembly is left as it is (copied when the output is elsewhere): rewriting twice changes nothing.
/// Dependencies are resolved beside the input. Bad input is a <see cref="WeftInputException"/> naming the file.
/// </summary>
public static class AssemblyRewriter
{
    private static readonly Lazy<ShimCatalog> Catalog = new(ShimCatalog.Load);

    /// <summary>The assemblies of Weft itself: never rewritten (their scheduling points are their own).</summary>
    internal static readonly string[] WeftAssemblyNames = { "Weft.Harness", "Weft.Impl", "Weft.Impl.Controlled", "Weft.Models" };

    private const string Expected = "expected a .NET assembly (.dll) built from C#, F# or VB";

    /// <summary>Rewrites <paramref name="input"/> to <paramref name="output"/> (which may be the same path).</summary>
    public static RewriteOutcome Rewrite(string input, string output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var assembly = Read(input);
        try
        {
            var tally = new RewriteTally();
            if (IsStamped(assembly))
            {
                Copy(input, output);
                return new RewriteOutcome(input, output, AlreadyRewritten: true, tally);
            }
            if (WeftAssemblyNames.Contains(assembly.Name.Name, StringComparer.Ordinal))
                throw new WeftInputException($"{input}: is {assembly.Name.Name}, part of Weft itself; {Expected} of yours");
            foreach (var module in assembly.Modules) RewriteModule(module, tally);
            Stamp(assembly.MainModule, tally.RedirectedTotal);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            bool symbols = assembly.MainModule.HasSymbols;
            assembly.Write(output, new WriterParameters { WriteSymbols = symbols, SymbolWriterProvider = symbols ? new PortablePdbWriterProvider() : null });
            return new RewriteOutcome(input, output, AlreadyRewritten: false, tally);
        }
        finally
        {
            assembly.Dispose();
        }
    }

    /// <summary>True when the assembly at <paramref name="path"/> carries the rewrite stamp.</summary>
    public static bool IsStamped(string path)
    {
        using var assembly = Read(path);
        return IsStamped(assembly);
    }

    private static AssemblyDefinition Read(string path)
    {
        if (Directory.Exists(path)) throw new WeftInputException($"{path}: is a folder; {Expected}");
        if (!File.Exists(path)) throw new WeftInputException($"{path}: no such file; {Expected}");
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var parameters = new ReaderParameters
        {
            AssemblyResolver = resolver,
            InMemory = true, // the output may be the input
            ReadSymbols = true,
            SymbolReaderProvider = new DefaultSymbolReaderProvider(throwIfNoSymbol: false),
        };
        try
        {
            return AssemblyDefinition.ReadAssembly(path, parameters);
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or ArgumentOutOfRangeException or EndOfStreamException)
        {
            throw new WeftInputException($"{path}: not a .NET assembly ({e.Message.TrimEnd('.')}); {Expected}");
        }
    }

    private static bool IsStamped(AssemblyDefinition assembly) =>
        assembly.CustomAttributes.Any(a => a.AttributeType.FullName == typeof(RewrittenByWeftAttribute).FullName);

    private static void RewriteModule(ModuleDefinition module, RewriteTally tally)
    {
        if (!module.IsILOnly()) throw new WeftInputException($"{module.FileName}: holds native code (a mixed-mode assembly); {Expected}");
        var rewriter = new MethodBodyRewriter(module, Catalog.Value, tally);
        foreach (var type in module.GetTypes())
            foreach (var method in type.Methods)
                rewriter.Rewrite(method);
    }

    private static void Stamp(ModuleDefinition module, int redirected)
    {
        var attribute = Catalog.Value.Harness.GetType(typeof(RewrittenByWeftAttribute).FullName);
        var constructor = module.ImportReference(attribute.Methods.Single(m => m.IsConstructor && !m.IsStatic));
        module.Assembly.CustomAttributes.Add(new CustomAttribute(constructor)
        {
            ConstructorArguments =
            {
                new CustomAttributeArgument(module.TypeSystem.String, Checker.ToolVersion),
                new CustomAttributeArgument(module.TypeSystem.Int32, redirected),
            },
        });
    }

    private static void Copy(string input, string output)
    {
        if (string.Equals(Path.GetFullPath(input), Path.GetFullPath(output), StringComparison.Ordinal)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.Copy(input, output, overwrite: true);
        var pdb = Path.ChangeExtension(input, ".pdb");
        if (File.Exists(pdb)) File.Copy(pdb, Path.ChangeExtension(output, ".pdb"), overwrite: true);
    }
}
