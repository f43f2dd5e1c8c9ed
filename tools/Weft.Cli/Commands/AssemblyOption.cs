using System.Collections.Generic;
using System.CommandLine;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>--assembly path/to/MyTests.dll</c> (repeatable): the user's test assemblies whose <c>[WeftTest]</c> methods a
/// command works on instead of Weft's built-in scenarios.
/// </summary>
internal static class AssemblyOption
{
    public static Option<string[]> Create() => new("--assembly")
    {
        Description = "A test assembly (.dll) whose [WeftTest] methods to use instead of the built-in scenarios; repeat for several",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Loads the assemblies given (none: the built-in scenarios stay the registry).</summary>
    public static void Apply(ParseResult parse, Option<string[]> option) => Registry.UseAssemblies(parse.GetValue(option));

    /// <summary>The arguments that name <paramref name="paths"/> again, for re-run commands and child processes.</summary>
    public static IReadOnlyList<string> Arguments(IReadOnlyList<string> paths)
    {
        var args = new List<string>(paths.Count * 2);
        foreach (var p in paths)
        {
            args.Add("--assembly");
            args.Add(p);
        }
        return args;
    }
}
