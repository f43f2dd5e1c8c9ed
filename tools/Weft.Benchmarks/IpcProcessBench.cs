using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Weft.Ipc;

namespace Weft.Benchmarks;

/// <summary>
/// Cross-process IPC figures, which BenchmarkDotNet cannot take (it measures one process):
/// <c>dotnet run -c Release --project tools/Weft.Benchmarks -- ipc-processes [--ops N] [--rounds R]</c>.
/// For each primitive and each process count (1, 2), this program starts that many copies of itself as workers; they
/// open the named object, wait on a named start event, run N operations (acquire/release pairs, or post/wait pairs)
/// and print their own loop time (workers are compiled fully optimized: DOTNET_TieredCompilation=0). The figure is the slowest worker's time per operation, the best of R rounds, and
/// the ratio is against the POSIX named semaphore (<c>sem_open</c>) measured in the same run.
/// </summary>
internal static class IpcProcessBench
{
    private static readonly string[] Kinds = { "posix-lock", "ipc-mutex", "dotnet-mutex", "posix-sem", "ipc-sem" };

    private static string Describe(string kind) => kind switch
    {
        "posix-lock" => "POSIX named semaphore as a lock (baseline)",
        "ipc-mutex" => "IpcMutex (named)",
        "dotnet-mutex" => ".NET named Mutex",
        "posix-sem" => "POSIX named semaphore post/wait (baseline)",
        _ => "IpcSemaphore (named) post/wait",
    };

    /// <summary>The command (options and defaults: <see cref="CustomCommands"/>).</summary>
    public static int Run(int ops, int rounds)
    {
        Console.WriteLine($"ipc-processes: {ops} operations per worker, best of {rounds} rounds, {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"primitive",-46} {"processes",9} {"ns/op",10} {"ratio",7}");
        foreach (int procs in new[] { 1, 2 })
        {
            var results = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var kind in Kinds)
            {
                // The .NET named Mutex is two orders of magnitude slower: fewer operations keep the run short.
                int n = kind == "dotnet-mutex" ? Math.Max(1, ops / 20) : ops;
                // The best of R rounds: on a shared machine a round's wall time mostly varies by preemption.
                results[kind] = Enumerable.Range(0, rounds).Select(_ => Round(kind, procs, n)).Min();
                string baseline = kind.EndsWith("sem", StringComparison.Ordinal) ? "posix-sem" : "posix-lock";
                double ratio = results[kind] / results[baseline];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Describe(kind),-46} {procs,9} {results[kind],10:F1} {ratio,7:F2}"));
            }
        }
        return 0;
    }

    /// <summary>One round: nanoseconds per operation of the slowest worker.</summary>
    private static double Round(string kind, int procs, int ops)
    {
        string start = Parallelism.UniqueName("start");
        string name = Parallelism.UniqueName(kind);
        using var go = IpcEvent.CreateNamed(start);
        IDisposable? owned = null;
        IntPtr posix = IntPtr.Zero;
        try
        {
            switch (kind)
            {
                case "ipc-mutex": owned = IpcMutex.CreateNamed(name); break;
                case "ipc-sem": owned = IpcSemaphore.CreateNamed(name, 0); break;
                case "dotnet-mutex": owned = new Mutex(false, name); break;
                case "posix-lock": posix = PosixSemaphore.Create("/" + name, 1); break;
                default: posix = PosixSemaphore.Create("/" + name, 0); break;
            }
            var workers = Enumerable.Range(0, procs).Select(_ => StartWorker(kind, name, ops, start)).ToList();
            foreach (var w in workers)
                if (w.StandardOutput.ReadLine() != "ready") throw new InvalidOperationException($"worker for {kind} did not start: {w.StandardError.ReadToEnd()}");
            go.Set();
            double worst = 0;
            foreach (var w in workers)
            {
                string? line = w.StandardOutput.ReadLine();
                w.WaitForExit();
                if (line is null || w.ExitCode != 0) throw new InvalidOperationException($"worker for {kind} failed: {w.StandardError.ReadToEnd()}");
                worst = Math.Max(worst, double.Parse(line, CultureInfo.InvariantCulture));
                w.Dispose();
            }
            return worst / ops;
        }
        finally
        {
            owned?.Dispose();
            if (posix != IntPtr.Zero)
            {
                PosixSemaphore.Close(posix);
                PosixSemaphore.Unlink("/" + name);
            }
            ShmSegment.Unlink(name);
            IpcEvent.Unlink(start);
        }
    }

    private static Process StartWorker(string kind, string name, int ops, string start)
    {
        string self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Workers run for tens of milliseconds, less than tiered compilation needs to promote the loop: compile it
        // fully optimized from the start, as a long-running process would run it.
        psi.Environment["DOTNET_TieredCompilation"] = "0";
        if (System.IO.Path.GetFileNameWithoutExtension(self) == "dotnet") psi.ArgumentList.Add(typeof(IpcProcessBench).Assembly.Location);
        foreach (var a in new[] { "ipc-processes-worker", kind, name, ops.ToString(CultureInfo.InvariantCulture), start }) psi.ArgumentList.Add(a);
        return Process.Start(psi) ?? throw new InvalidOperationException("could not start a worker");
    }

    /// <summary>A worker: open, report ready, wait for the start event, run, print the loop's nanoseconds.</summary>
    public static int Worker(string[] args)
    {
        string kind = args[0], name = args[1], start = args[3];
        int ops = int.Parse(args[2], CultureInfo.InvariantCulture);
        using var go = IpcEvent.OpenNamed(start);
        Action body;
        IDisposable? owned = null;
        IntPtr posix = IntPtr.Zero;
        switch (kind)
        {
            case "ipc-mutex":
            {
                var m = IpcMutex.OpenNamed(name);
                owned = m;
                body = () => { for (int i = 0; i < ops; i++) { m.Acquire(); m.Release(); } };
                break;
            }
            case "ipc-sem":
            {
                var s = IpcSemaphore.OpenNamed(name);
                owned = s;
                body = () => { for (int i = 0; i < ops; i++) { s.Post(); s.Wait(); } };
                break;
            }
            case "dotnet-mutex":
            {
                var m = Mutex.OpenExisting(name);
                owned = m;
                body = () => { for (int i = 0; i < ops; i++) { m.WaitOne(); m.ReleaseMutex(); } };
                break;
            }
            case "posix-lock":
                posix = PosixSemaphore.Open("/" + name);
                body = () => { for (int i = 0; i < ops; i++) { PosixSemaphore.Wait(posix); PosixSemaphore.Post(posix); } };
                break;
            default:
                posix = PosixSemaphore.Open("/" + name);
                body = () => { for (int i = 0; i < ops; i++) { PosixSemaphore.Post(posix); PosixSemaphore.Wait(posix); } };
                break;
        }
        Console.Out.WriteLine("ready");
        Console.Out.Flush();
        go.Wait();
        long t0 = Stopwatch.GetTimestamp();
        body();
        double ns = Stopwatch.GetElapsedTime(t0).TotalNanoseconds;
        Console.Out.WriteLine(ns.ToString("R", CultureInfo.InvariantCulture));
        owned?.Dispose();
        if (posix != IntPtr.Zero) PosixSemaphore.Close(posix);
        return 0;
    }
}
