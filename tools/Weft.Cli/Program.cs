using System;
using System.CommandLine;
using System.Globalization;
using Weft.Cli.Commands;

namespace Weft.Cli;

/// <summary>
/// The <c>weft</c> command line. Exit codes: 0 ok, 1 usage or input error, 2 a bug was found (or a negative
/// control was missed), 3 internal error. Bad input, a bad <c>WEFT_*</c> variable and a file-system fault (a full
/// disk, a read-only folder, no permission) are exit 1 with one message, never a stack trace.
/// </summary>
public static class Program
{
    public const int Ok = 0, InputError = 1, BugFound = 2, InternalError = 3;

    public static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var root = new RootCommand("Weft: systematic concurrency testing, TLA+ trace replay and conformance reports for .NET")
        {
            ListCommand.Create(),
            ExploreCommand.Create(),
            ReplayCommand.Create(),
            MinimizeCommand.Create(),
            BenchCommand.Create(),
            VerifyCommand.Create(),
            TlcCommand.Create(),
            TraceCommand.Create(),
            ConformCommand.Create(),
            NightlyCommand.Create(),
            MergeCommand.Create(),
            RunOneCommand.Create(),
            FuzzCommand.Create(),
            RewriteCommand.Create(),
            MutateOrdersCommand.Create(),
        };
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        try
        {
            // The library reads the WEFT_* overrides wherever it fills in a default: a bad one is the user's input
            // error, reported here once, not an exception inside every test that builds a structure.
            Weft.Platform.WeftConfig.FromEnvironment();
        }
        catch (Weft.Platform.ConfigException e)
        {
            Console.Error.WriteLine("error: environment: " + e.Message);
            return InputError;
        }
        try
        {
            EnvironmentKnobs.Validate();
            return parse.Invoke(config);
        }
        catch (WeftInputException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return InputError;
        }
        catch (Exception e) when (FileSystemFault(e))
        {
            Console.Error.WriteLine("error: file system: " + e.Message);
            return InputError;
        }
        catch (ReplayDivergenceException e)
        {
            Console.Error.WriteLine("error: replay diverged: " + e.Message);
            return InputError;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine("internal error: " + e);
            return InternalError;
        }
    }

    /// <summary>Runs <paramref name="action"/> and turns input errors into exit code 1 with a one-line message.</summary>
    public static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (WeftInputException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return InputError;
        }
        catch (ReplayDivergenceException e)
        {
            Console.Error.WriteLine("error: replay diverged: " + e.Message);
            return InputError;
        }
        catch (Exception e) when (FileSystemFault(e))
        {
            Console.Error.WriteLine("error: file system: " + e.Message);
            return InputError;
        }
    }

    /// <summary>
    /// A fault of the machine rather than of Weft (a full disk, a read-only or vanished folder, no permission): the
    /// user's to fix, so exit 1 with the system's message (which names the path), not an internal error.
    /// </summary>
    private static bool FileSystemFault(Exception e) => e is System.IO.IOException or UnauthorizedAccessException;
}
