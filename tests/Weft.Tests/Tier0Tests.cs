using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Weft.Atomics;
using Weft.Platform;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>Tier 0 and 1: configuration parsing, backoff, machine detection, comparers, the atomics layer outside a test.</summary>
public sealed class Tier0Tests
{
    private static Func<string, string?> Env(params (string Key, string Value)[] vars)
    {
        var d = vars.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        return k => d.TryGetValue(k, out var v) ? v : null;
    }

    [Fact]
    public void Config_overrides_come_from_the_environment()
    {
        var c = WeftConfig.Default.WithEnvironment(Env(("WEFT_RETIRE_THRESHOLD", "8"), ("WEFT_EPOCH_FREQ", "2"),
            ("WEFT_STALL_EPOCHS", "5"), ("WEFT_BACKOFF", "adaptive"), ("WEFT_BACKOFF_MIN", "2"), ("WEFT_BACKOFF_MAX", "64"), ("WEFT_POOL_CAPACITY", "128")));
        Assert.Equal(8, c.RetireThreshold);
        Assert.Equal(2, c.EpochFrequency);
        Assert.Equal(5, c.StallThreshold);
        Assert.Equal(BackoffMode.Adaptive, c.Backoff);
        Assert.Equal((2, 64, 128), (c.BackoffMin, c.BackoffMax, c.PoolCapacity));
        Assert.Equal(WeftConfig.Default, WeftConfig.Default.WithEnvironment(Env()));
        Assert.Equal((64, 64, 100), (WeftConfig.Default.RetireThreshold, WeftConfig.Default.EpochFrequency, WeftConfig.Default.StallThreshold));
    }

    [Theory]
    [InlineData("WEFT_RETIRE_THRESHOLD", "0")]
    [InlineData("WEFT_RETIRE_THRESHOLD", "-3")]
    [InlineData("WEFT_EPOCH_FREQ", "ten")]
    [InlineData("WEFT_STALL_EPOCHS", "1e3")]
    [InlineData("WEFT_POOL_CAPACITY", " 12")]
    [InlineData("WEFT_BACKOFF", "exponential")]
    [InlineData("WEFT_BACKOFF_MAX", "")]
    public void A_bad_config_value_names_the_variable(string key, string value)
    {
        var e = Assert.Throws<ConfigException>(() => WeftConfig.Default.WithEnvironment(Env((key, value))));
        Assert.StartsWith(key + ":", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Backoff_min_above_max_is_rejected()
    {
        var e = Assert.Throws<ConfigException>(() => WeftConfig.Default.WithEnvironment(Env(("WEFT_BACKOFF_MIN", "100"), ("WEFT_BACKOFF_MAX", "10"))));
        Assert.Contains("WEFT_BACKOFF_MIN", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Backoff_doubles_to_its_ceiling_and_adaptive_mode_moves_the_ceiling()
    {
        var cfg = WeftConfig.Default with { BackoffMin = 4, BackoffMax = 32 };
        var fixedB = new Backoff(cfg, seed: 1);
        var limits = new List<int>();
        for (int i = 0; i < 6; i++)
        {
            fixedB.Wait();
            limits.Add(fixedB.Limit);
        }
        Assert.Equal(new[] { 8, 16, 32, 32, 32, 32 }, limits);
        fixedB.Succeeded();
        Assert.Equal(4, fixedB.Limit);

        var adaptive = new Backoff(cfg with { Backoff = BackoffMode.Adaptive }, seed: 1);
        adaptive.Succeeded(); // lowers the ceiling from 32 to 16
        var seen = new List<int>();
        for (int i = 0; i < 4; i++)
        {
            adaptive.Wait();
            seen.Add(adaptive.Limit);
        }
        // 8, 16 (the lowered ceiling), 16 (a wait at the ceiling raises the ceiling instead), 32.
        Assert.Equal(new[] { 8, 16, 16, 32 }, seen);
    }

    [Fact]
    public void Backoff_under_the_scheduler_is_a_yield_point()
    {
        var r = Checker.Explore(() =>
        {
            var b = new Backoff(WeftConfig.Default);
            b.Wait();
            b.Wait();
        }, CheckOptions.Default with { Strategy = "random", Iterations = 1, RecordLog = true });
        Assert.Null(r.Bug);
        Assert.Equal(3, r.Steps); // start + two yields
    }

    [Fact]
    public void Machine_detection_reports_sane_values()
    {
        var a = ArchInfo.Current;
        Assert.Equal(IntPtr.Size * 8, a.PointerBits);
        Assert.True(a.CacheLineSize is >= 16 and <= 1024 && (a.CacheLineSize & (a.CacheLineSize - 1)) == 0, a.ToString());
        Assert.Equal(2 * a.CacheLineSize, a.PaddingBytes);
        Assert.DoesNotContain(128, a.CasWidths);
        Assert.Equal(OperatingSystem.IsLinux(), a.Futex && OperatingSystem.IsLinux());
    }

    [Fact]
    public void Cache_line_size_comes_from_sysfs_when_present_and_valid()
    {
        var dir = Directory.CreateTempSubdirectory("weft-arch");
        try
        {
            var f = Path.Combine(dir.FullName, "line");
            File.WriteAllText(f, "128\n");
            Assert.Equal(128, ArchInfo.DetectLineSize(System.Runtime.InteropServices.Architecture.X64, f));
            File.WriteAllText(f, "100\n"); // not a power of two: ignored
            Assert.Equal(64, ArchInfo.DetectLineSize(System.Runtime.InteropServices.Architecture.X64, f));
            Assert.Equal(64, ArchInfo.DetectLineSize(System.Runtime.InteropServices.Architecture.X64, Path.Combine(dir.FullName, "missing")));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Comparers_order_keys()
    {
        Assert.True(new Int32KeyComparer().Compare(int.MinValue, int.MaxValue) < 0); // no overflow from subtraction
        Assert.True(new Int64KeyComparer().Compare(long.MaxValue, long.MinValue) > 0);
        Assert.Equal(0, new Int64KeyComparer().Compare(7, 7));
        Assert.True(new OrdinalStringKeyComparer().Compare("B", "a") < 0); // ordinal, not culture
        Assert.True(new DefaultKeyComparer<decimal>().Compare(1.5m, 2m) < 0);
    }

    [Fact]
    public void Atomics_outside_a_test_behave_like_interlocked()
    {
        var c = new AtomicInt64(5);
        Assert.Equal(5, c.FetchAdd(3, MemoryOrder.AcqRel));
        Assert.Equal(8, c.CompareExchange(8, 1, MemoryOrder.SeqCst));
        Assert.False(c.TryCompareExchange(8, 2, MemoryOrder.SeqCst));
        Assert.Equal(1, c.Exchange(0b1010, MemoryOrder.AcqRel));
        Assert.Equal(0b1010, c.FetchOr(0b0101, MemoryOrder.Relaxed));
        Assert.Equal(0b1111, c.FetchAnd(0b0011, MemoryOrder.Relaxed));
        Assert.Equal(0b0011, c.Load(MemoryOrder.Acquire));
        c.Store(-1, MemoryOrder.SeqCst);
        Assert.Equal(-1, c.Peek());
    }

    [Fact]
    public void Futex_word_wait_returns_at_once_when_the_value_differs_and_wakes_a_real_waiter()
    {
        using var f = new FutexWord(1);
        Assert.Equal(FutexWaitResult.ValueChanged, f.Wait(0));
        Assert.Equal(FutexWaitResult.TimedOut, f.Wait(1, TimeSpan.FromMilliseconds(20)));
        var waiter = WeftThread.Start(() =>
        {
            while (f.Load(MemoryOrder.Acquire) == 1) f.Wait(1, TimeSpan.FromSeconds(5));
        });
        f.Store(2, MemoryOrder.Release);
        f.Wake(1);
        waiter.Join();
        Assert.Equal(2, f.Load(MemoryOrder.Acquire));
    }
}
