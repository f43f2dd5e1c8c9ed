using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The <c>Weft</c> package and the <c>Weft.Tool</c> package packed once per test run (from the build this run made,
/// without building again) into a temporary local feed, shared by the tests that play a new user
/// (<see cref="PackageConsumerTests"/>, <see cref="UserAssemblyPackageTests"/>); and the way those tests run
/// <c>dotnet</c> and the installed tool as a user's shell would.
/// </summary>
internal static class PackedWeft
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(5);
    private static readonly Lazy<(string Feed, string Version)> Packed = new(Pack);
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "weft-packed-" + Guid.NewGuid().ToString("N"));

    /// <summary>The feed folder and the version of both packages in it.</summary>
    public static (string Feed, string Version) Feed => Packed.Value;

    public static string Configuration => typeof(PackedWeft).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "WeftConfiguration").Value!;

    private static (string, string) Pack()
    {
        var feed = Path.Combine(Root, "feed");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        var repo = ReportTestSupport.Repo;
        foreach (var project in new[] { "impl/controlled", "tools/Weft.Cli" })
            Expect(0, Run(repo, Path.Combine(Root, "packages"), "dotnet", "pack", project, "-c", Configuration, "--no-build", "-o", feed), "dotnet pack " + project);
        var library = Directory.GetFiles(feed, "Weft.*.nupkg").Single(p => !Path.GetFileName(p).StartsWith("Weft.Tool.", StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(feed, "Weft.Tool.*.nupkg"));
        return (feed, Path.GetFileNameWithoutExtension(library)["Weft.".Length..]);
    }

    /// <summary>Installs the packed tool into <paramref name="toolPath"/> and returns the path of its <c>weft</c> command.</summary>
    public static string InstallTool(string cwd, string packages, string toolPath)
    {
        var (feed, version) = Feed;
        Expect(0, Run(cwd, packages, "dotnet", "tool", "install", "Weft.Tool", "--version", version, "--tool-path", toolPath, "--add-source", feed), "dotnet tool install");
        return Path.Combine(toolPath, OperatingSystem.IsWindows() ? "weft.exe" : "weft");
    }

    public static void Expect(int code, (int Code, string Output) run, string what) =>
        Assert.True(run.Code == code, $"{what} exited {run.Code}, expected {code}:\n{run.Output}");

    /// <summary>
    /// Runs a command with a private NuGet package folder <paramref name="packages"/> (so the freshly packed Weft is
    /// never mixed up with a cached one of the same version) that falls back to the machine's folder for everything
    /// else (xunit, YamlDotNet: what restoring this repository brought). Variables the test host's own dotnet set for
    /// its build are removed: the child is a user's shell. Build servers are off, so nothing outlives the test.
    /// </summary>
    public static (int Code, string Output) Run(string cwd, string packages, string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = cwd, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)).ToList())
            psi.Environment.Remove(key);
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("WEFT_", StringComparison.Ordinal)).ToList())
            psi.Environment.Remove(key);
        psi.Environment["NUGET_FALLBACK_PACKAGES"] = MachinePackageFolder();
        psi.Environment["NUGET_PACKAGES"] = packages;
        // Leave no MSBuild node or compiler server running after the test.
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        psi.Environment["UseSharedCompilation"] = "false";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var output = new StringBuilder();
        using var p = new Process { StartInfo = psi };
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        p.Start();
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        if (!p.WaitForExit(ProcessTimeout))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', args)} did not finish in {ProcessTimeout.TotalMinutes} minutes:\n{output}");
        }
        p.WaitForExit();
        lock (output) return (p.ExitCode, output.ToString());
    }

    private static string MachinePackageFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>The README section headed <paramref name="heading"/> (up to the next <c>## </c> heading).</summary>
    public static string ReadmeSection(string heading)
    {
        var readme = File.ReadAllText(Path.Combine(ReportTestSupport.Repo, "README.md"));
        int start = readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no '{heading}' section");
        int end = readme.IndexOf("\n## ", start + heading.Length + 2, StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end)];
    }

    /// <summary>The files a README section shows: a line <c>`name`...:</c> followed by a fenced block.</summary>
    public static Dictionary<string, string> ReadmeFiles(string section) =>
        System.Text.RegularExpressions.Regex.Matches(section, "^`(?<name>[\\w.]+)`[^\\n]*:\\n\\n```\\w*\\n(?<body>.*?)```",
                System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.Multiline)
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["body"].Value, StringComparer.Ordinal);

    /// <summary>The lines of every <c>```sh</c> block of a section, comments after <c>  #</c> removed.</summary>
    public static List<List<string>> ShellBlocks(string section) =>
        System.Text.RegularExpressions.Regex.Matches(section, "```sh\n(?<body>.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups["body"].Value.Split('\n').Select(l => l.Split("  #", 2)[0].Trim()).Where(l => l.Length > 0).ToList())
            .ToList();
}
