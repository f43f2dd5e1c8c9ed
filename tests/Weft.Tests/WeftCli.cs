using System;
using System.IO;

namespace Weft.Tests;

/// <summary>
/// Runs the <c>weft</c> command line in this process, as a user would from <paramref name="cwd"/>, with
/// <c>TLA2TOOLS_JAR</c> set to <paramref name="jar"/> (null: unset), capturing what it prints. The console, the
/// current folder and the environment are process-wide, so runs are serialized and restored afterwards.
/// </summary>
internal static class WeftCli
{
    private static readonly object Gate = new();

    public static (int Exit, string Out, string Err) Run(string cwd, string? jar, params string[] args)
    {
        lock (Gate)
        {
            var (oldCwd, o, e) = (Directory.GetCurrentDirectory(), Console.Out, Console.Error);
            var oldJar = Environment.GetEnvironmentVariable("TLA2TOOLS_JAR");
            var (so, se) = (new StringWriter(), new StringWriter());
            try
            {
                Directory.SetCurrentDirectory(cwd);
                Environment.SetEnvironmentVariable("TLA2TOOLS_JAR", jar);
                Console.SetOut(so);
                Console.SetError(se);
                int exit = Cli.Program.Main(args);
                return (exit, so.ToString(), se.ToString());
            }
            finally
            {
                Console.SetOut(o);
                Console.SetError(e);
                Environment.SetEnvironmentVariable("TLA2TOOLS_JAR", oldJar);
                Directory.SetCurrentDirectory(oldCwd);
            }
        }
    }
}
