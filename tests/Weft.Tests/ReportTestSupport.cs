using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Weft.Reporting;

namespace Weft.Tests;

/// <summary>Results, launchers and a PNG reader for the nightly, merge, report and verify tests.</summary>
internal static class ReportTestSupport
{
    public static string Repo => Weft.Reporting.RepoRoot.TryFind(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("the tests run from a build output inside the repository");

    /// <summary>The weft executable built next to the tests (its apphost, or <c>dotnet weft.dll</c>).</summary>
    public static (string File, string[] Prefix) WeftExe
    {
        get
        {
            var dir = AppContext.BaseDirectory;
            var host = Path.Combine(dir, OperatingSystem.IsWindows() ? "weft.exe" : "weft");
            return File.Exists(host) ? (host, Array.Empty<string>()) : ("dotnet", new[] { Path.Combine(dir, "weft.dll") });
        }
    }

    public static ProcessChildLauncher Launcher(bool selfTests = true) =>
        new(WeftExe.File, WeftExe.Prefix, new Dictionary<string, string?> { [ "WEFT_SELFTEST" ] = selfTests ? "1" : null, ["WEFT_STRATEGY"] = null, ["WEFT_TIME_BUDGET"] = null });

    /// <summary>Runs weft with <paramref name="args"/> in <paramref name="cwd"/>; returns exit code and output.</summary>
    public static (int Code, string Out, string Err) RunWeft(string cwd, IDictionary<string, string?>? env, params string[] args)
    {
        var psi = new ProcessStartInfo(WeftExe.File) { WorkingDirectory = cwd, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in WeftExe.Prefix.Concat(args)) psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        if (env is not null)
            foreach (var (k, v) in env)
            {
                if (v is null) psi.Environment.Remove(k);
                else psi.Environment[k] = v;
            }
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output, err.Result);
    }

    public static BugRecord Bug(string monitor, string location, string message = "thread 0 read slot 1 of pool 1, which is free", int step = 4) => new()
    {
        Kind = "assertion",
        Message = message,
        Monitor = monitor,
        Location = location,
        Step = step,
        Thread = 1,
        Iteration = 3,
        SchedulePath = "/tmp/s.yaml",
        ReplayCommand = "weft replay /tmp/s.yaml --verbose",
        Steps = new[]
        {
            new StepRecord(1, 0, "start", ""),
            new StepRecord(2, 1, "load", "TreiberStack.cs:63"),
            new StepRecord(3, 2, "cas", "TreiberStack.cs:71"),
            new StepRecord(step, 1, "load", location),
        },
    };

    public static TestResult Result(string test, string shard = "0/1", bool negativeControl = false, string verdict = "pass", bool passed = true,
        IReadOnlyList<BugRecord>? bugs = null, int iterations = 100, CrashInfo? crash = null, IReadOnlyDictionary<string, long>? monitorEvents = null) => new()
    {
        Test = test,
        Shard = shard,
        Seed = 42,
        BudgetSeconds = 2,
        NegativeControl = negativeControl,
        ExpectedBug = "assertion",
        Strategy = "portfolio",
        Iterations = iterations,
        Steps = iterations * 10L,
        ElapsedSeconds = 1.5,
        Exhausted = false,
        IterationsByStrategy = new SortedDictionary<string, int>(StringComparer.Ordinal) { ["pct(d=3)"] = iterations / 2, ["random"] = iterations - iterations / 2 },
        MonitorEvents = monitorEvents,
        Verdict = verdict,
        Passed = passed,
        Bugs = bugs ?? Array.Empty<BugRecord>(),
        Crash = crash,
        Finished = DateTimeOffset.UnixEpoch,
    };

    /// <summary>Monitor event counts of a result: name, count pairs.</summary>
    public static IReadOnlyDictionary<string, long> Events(params (string Monitor, long Events)[] counts) =>
        new SortedDictionary<string, long>(counts.ToDictionary(c => c.Monitor, c => c.Events), StringComparer.Ordinal);

    public static RunHeader Header(int shard = 0, int count = 1, params string[] tests) => new()
    {
        RootSeed = 7,
        ShardIndex = shard,
        ShardCount = count,
        Filter = "all",
        BudgetSeconds = 60,
        Tests = tests,
        Tool = "weft test",
        Commit = "abc",
        Started = DateTimeOffset.UnixEpoch,
        Command = $"weft nightly --time-budget 1m --shard {shard}/{count} --seed 7 --filter all",
    };

    /// <summary>A decoded PNG: width, height and RGBA pixels (8-bit, non-interlaced images only).</summary>
    public sealed record Png(int Width, int Height, byte[] Rgba)
    {
        public (byte R, byte G, byte B) At(int x, int y)
        {
            int i = (y * Width + x) * 4;
            return (Rgba[i], Rgba[i + 1], Rgba[i + 2]);
        }
    }

    /// <summary>Decodes an 8-bit RGB or RGBA PNG (what Chromium writes): chunks, zlib, scanline filters.</summary>
    public static Png ReadPng(string path)
    {
        var b = File.ReadAllBytes(path);
        var sig = new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 };
        if (!b.Take(8).SequenceEqual(sig)) throw new InvalidDataException("not a PNG");
        int pos = 8, width = 0, height = 0, colorType = 0, bitDepth = 0, interlace = 0;
        using var idat = new MemoryStream();
        while (pos < b.Length)
        {
            int len = (b[pos] << 24) | (b[pos + 1] << 16) | (b[pos + 2] << 8) | b[pos + 3];
            var type = System.Text.Encoding.ASCII.GetString(b, pos + 4, 4);
            int data = pos + 8;
            if (type == "IHDR")
            {
                width = (b[data] << 24) | (b[data + 1] << 16) | (b[data + 2] << 8) | b[data + 3];
                height = (b[data + 4] << 24) | (b[data + 5] << 16) | (b[data + 6] << 8) | b[data + 7];
                bitDepth = b[data + 8];
                colorType = b[data + 9];
                interlace = b[data + 12];
            }
            else if (type == "IDAT") idat.Write(b, data, len);
            else if (type == "IEND") break;
            pos = data + len + 4;
        }
        if (bitDepth != 8 || (colorType != 2 && colorType != 6) || interlace != 0)
            throw new InvalidDataException($"unsupported PNG: depth {bitDepth}, colour type {colorType}, interlace {interlace}");
        int bpp = colorType == 6 ? 4 : 3;
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        var src = raw.ToArray();
        int stride = width * bpp;
        var prev = new byte[stride];
        var cur = new byte[stride];
        var rgba = new byte[width * height * 4];
        for (int y = 0; y < height; y++)
        {
            int f = src[y * (stride + 1)];
            Array.Copy(src, y * (stride + 1) + 1, cur, 0, stride);
            for (int i = 0; i < stride; i++)
            {
                int a = i >= bpp ? cur[i - bpp] : 0, up = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
                int v = f switch
                {
                    0 => cur[i],
                    1 => cur[i] + a,
                    2 => cur[i] + up,
                    3 => cur[i] + ((a + up) >> 1),
                    4 => cur[i] + Paeth(a, up, c),
                    _ => throw new InvalidDataException("bad PNG filter " + f),
                };
                cur[i] = (byte)v;
            }
            for (int x = 0; x < width; x++)
            {
                int o = (y * width + x) * 4;
                rgba[o] = cur[x * bpp];
                rgba[o + 1] = cur[x * bpp + 1];
                rgba[o + 2] = cur[x * bpp + 2];
                rgba[o + 3] = bpp == 4 ? cur[x * bpp + 3] : (byte)255;
            }
            (prev, cur) = (cur, prev);
        }
        return new Png(width, height, rgba);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
