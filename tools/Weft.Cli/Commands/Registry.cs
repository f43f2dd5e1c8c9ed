using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectre.Console;
using Weft.Scenarios;

namespace Weft.Cli.Commands;

/// <summary>
/// The registered tests a command works on: Weft's built-in scenarios, or the tests of the user's assemblies when
/// the command was given <c>--assembly</c> (<see cref="UseAssemblies"/>).
/// </summary>
internal static class Registry
{
    private static IReadOnlyList<RegisteredTest>? _all;

    /// <summary>Every registered test: of the scenario assemblies, or of the loaded user assemblies.</summary>
    public static IReadOnlyList<RegisteredTest> All => _all ??=
        Environment.GetEnvironmentVariable(SelfTestScenarios.Variable) == "1"
            ? TestRegistry.Discover(typeof(Canonical).Assembly, typeof(SelfTestScenarios).Assembly)
            : TestRegistry.Discover(typeof(Canonical).Assembly);

    /// <summary>The full paths of the user's test assemblies in use (empty: the built-in scenarios).</summary>
    public static IReadOnlyList<string> AssemblyPaths { get; private set; } = Array.Empty<string>();

    /// <summary>Replaces the built-in scenarios with the tests of <paramref name="paths"/>; null or empty changes nothing.</summary>
    public static void UseAssemblies(IReadOnlyList<string>? paths)
    {
        if (paths is null || paths.Count == 0) return;
        _all = Assemblies.TestAssemblyLoader.Load(paths, Console.Error.WriteLine);
        AssemblyPaths = paths.Select(System.IO.Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<RegisteredTest> Select(string filter)
    {
        var sel = TestRegistry.Select(All, filter);
        if (sel.Count == 0)
            throw new WeftInputException($"no registered test matches '{filter}'; run `weft list` to see the test ids");
        return sel;
    }

    public static RegisteredTest Find(string id)
    {
        foreach (var t in All) if (t.Id == id) return t;
        throw new WeftInputException($"no registered test has id '{id}'; run `weft list` to see the test ids");
    }
}
