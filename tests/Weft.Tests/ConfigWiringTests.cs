using System;
using System.Collections.Generic;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;
using Weft.Threading;
using Xunit;

namespace Weft.Tests;

/// <summary>
/// The WEFT_* environment overrides reach the library wherever it fills in a default (a reclaimer or a pool built
/// without a configuration, <see cref="TreiberStack.WithDefaults"/>), each with an observable effect; a bad value
/// is a <see cref="ConfigException"/> naming the variable; an explicit configuration is never overridden.
/// The environment is process-wide: each test sets its variables and restores them (test classes run one at a time).
/// </summary>
public sealed class ConfigWiringTests
{
    private static readonly string[] Variables =
    {
        "WEFT_RETIRE_THRESHOLD", "WEFT_EPOCH_FREQ", "WEFT_STALL_EPOCHS", "WEFT_POOL_CAPACITY", "WEFT_BACKOFF",
        "WEFT_BACKOFF_MIN", "WEFT_BACKOFF_MAX", "WEFT_RECLAMATION", "WEFT_EPOCH_CHECK_INTERVAL",
        "WEFT_POOL_SLOT_HOMES",
    };

    private static readonly object Gate = new();

    /// <summary>Runs <paramref name="body"/> with exactly the given WEFT_* variables set (the others unset), then restores them.</summary>
    private static T With<T>(Func<T> body, params (string Key, string Value)[] vars)
    {
        lock (Gate)
        {
            var saved = new Dictionary<string, string?>();
            foreach (var v in Variables)
            {
                saved[v] = Environment.GetEnvironmentVariable(v);
                Environment.SetEnvironmentVariable(v, null);
            }
            try
            {
                foreach (var (k, val) in vars) Environment.SetEnvironmentVariable(k, val);
                return body();
            }
            finally
            {
                foreach (var (k, val) in saved) Environment.SetEnvironmentVariable(k, val);
            }
        }
    }

    [Fact]
    public void Defaults_come_from_the_environment_and_the_default_scheme_is_ibr()
    {
        var plain = With(() => TreiberStack.WithDefaults(2));
        Assert.Equal(ReclamationScheme.Ibr, plain.Reclaimer.Scheme);
        Assert.Equal(ReclamationScheme.Ibr, Reclaimer.DefaultScheme);
        Assert.Equal(WeftConfig.Default, plain.Reclaimer.Config);
        Assert.Equal(1 << 16, plain.Reclaimer.Pool.Capacity);

        var env = With(() => TreiberStack.WithDefaults(2),
            ("WEFT_RECLAMATION", "debra-plus"), ("WEFT_POOL_CAPACITY", "8"), ("WEFT_STALL_EPOCHS", "7"), ("WEFT_RETIRE_THRESHOLD", "3"),
            ("WEFT_EPOCH_FREQ", "5"), ("WEFT_BACKOFF", "adaptive"), ("WEFT_BACKOFF_MIN", "2"), ("WEFT_BACKOFF_MAX", "16"));
        var c = env.Reclaimer.Config;
        Assert.Equal(ReclamationScheme.DebraPlus, env.Reclaimer.Scheme);
        Assert.Equal((8, 7, 3, 5, BackoffMode.Adaptive, 2, 16),
            (env.Reclaimer.Pool.Capacity, c.StallThreshold, c.RetireThreshold, c.EpochFrequency, c.Backoff, c.BackoffMin, c.BackoffMax));

        // The pool capacity override bounds what the stack can hold.
        var t = env.Reclaimer.Register();
        for (int i = 0; i < 8; i++) env.Push(t, i);
        var full = Assert.Throws<PoolExhaustedException>(() => env.Push(t, 8));
        Assert.Contains("8 slots", full.Message, StringComparison.Ordinal);
        Assert.Contains("WEFT_POOL_CAPACITY", full.Message, StringComparison.Ordinal);

        // The other entry points that fill in defaults read the same variables.
        Assert.Equal(8, With(() => new NodePool().Capacity, ("WEFT_POOL_CAPACITY", "8")));
        Assert.Equal(ReclamationScheme.None, With(() => Reclaimer.Create(new NodePool(4), 1).Scheme, ("WEFT_RECLAMATION", "none")));
        Assert.Equal(9, With(() => Reclaimer.Create(ReclamationScheme.Debra, new NodePool(4), 1).Config.StallThreshold, ("WEFT_STALL_EPOCHS", "9")));
    }

    [Fact]
    public void An_explicit_configuration_is_used_as_given()
    {
        var explicitConfig = WeftConfig.Default with { RetireThreshold = 5 };
        var r = With(() => Reclaimer.Create(ReclamationScheme.Ibr, new NodePool(16), 1, explicitConfig), ("WEFT_RETIRE_THRESHOLD", "9"), ("WEFT_RECLAMATION", "debra"));
        Assert.Same(explicitConfig, r.Config);
        Assert.Equal(16, With(() => new NodePool(16).Capacity, ("WEFT_POOL_CAPACITY", "8")));
    }

    /// <summary>Push and pop <paramref name="n"/> values one at a time on one thread; returns the IBR reclaimer and the thread's pending count.</summary>
    private static (IbrReclaimer Reclaimer, int Pending) Churn(int n)
    {
        var stack = TreiberStack.WithDefaults(1);
        var t = stack.Reclaimer.Register();
        for (int i = 0; i < n; i++)
        {
            stack.Push(t, i);
            Assert.True(stack.TryPop(t, out _));
        }
        return ((IbrReclaimer)stack.Reclaimer, t.Pending);
    }

    [Fact]
    public void Epoch_frequency_and_retire_threshold_overrides_change_when_ibr_advances_and_frees()
    {
        // Era: one increment per WEFT_EPOCH_FREQ allocations of a thread (default 64: 40 allocations leave it at 1).
        Assert.Equal(1, With(() => Churn(40).Reclaimer.Era));
        Assert.True(With(() => Churn(40).Reclaimer.Era, ("WEFT_EPOCH_FREQ", "1")) >= 40);
        // Freeing: a scan every WEFT_RETIRE_THRESHOLD retirements (default 64: none in 40, all 40 nodes still pending).
        Assert.Equal(40, With(() => Churn(40).Pending, ("WEFT_EPOCH_FREQ", "1")));
        Assert.True(With(() => Churn(40).Pending, ("WEFT_EPOCH_FREQ", "1"), ("WEFT_RETIRE_THRESHOLD", "2")) <= 3);
    }

    [Fact]
    public void The_stall_epochs_override_changes_when_debra_plus_neutralizes_a_stalled_thread()
    {
        bool NeutralizedAfterChurn()
        {
            var stack = TreiberStack.WithDefaults(2);
            var r = (DebraReclaimer)stack.Reclaimer;
            var worker = r.Register();
            var stalled = r.Register();
            r.BeginOperation(stalled); // preempted inside an operation, forever
            for (int i = 0; i < 100; i++) // 200 operations: 25 checks at the default interval of 8
            {
                stack.Push(worker, i);
                stack.TryPop(worker, out _);
            }
            return r.IsNeutralized(stalled.Index);
        }
        Assert.False(With(NeutralizedAfterChurn, ("WEFT_RECLAMATION", "debra-plus")));
        Assert.True(With(NeutralizedAfterChurn, ("WEFT_RECLAMATION", "debra-plus"), ("WEFT_STALL_EPOCHS", "5")));
        // A check every 64 operations: 3 checks in the churn, too few to neutralize even at a stall threshold of 5.
        Assert.False(With(NeutralizedAfterChurn, ("WEFT_RECLAMATION", "debra-plus"), ("WEFT_STALL_EPOCHS", "5"), ("WEFT_EPOCH_CHECK_INTERVAL", "64")));
    }

    /// <summary>
    /// Under the scheduler a backoff wait is a yield (never a sleep): with backoff every lost CAS adds a scheduling
    /// point, so the exhaustive exploration of two contending pushes has more schedules than with WEFT_BACKOFF=none.
    /// </summary>
    [Fact]
    public void The_backoff_override_reaches_the_treiber_retry_loop()
    {
        ExplorationResult Explore() => Checker.Explore(() =>
        {
            var stack = TreiberStack.WithDefaults(2);
            var a = WeftThread.Start(() => stack.Push(stack.Reclaimer.Register(), 1));
            var b = WeftThread.Start(() => stack.Push(stack.Reclaimer.Register(), 2));
            a.Join();
            b.Join();
        }, CheckOptions.Default with { Strategy = "dfs", Iterations = 100_000, PreemptionBound = 2, TestId = "config/backoff" });
        var none = With(Explore, ("WEFT_BACKOFF", "none"), ("WEFT_POOL_CAPACITY", "8"), ("WEFT_RECLAMATION", "none"));
        var withBackoff = With(Explore, ("WEFT_BACKOFF", "fixed"), ("WEFT_POOL_CAPACITY", "8"), ("WEFT_RECLAMATION", "none"));
        Assert.True(none.Exhausted && withBackoff.Exhausted);
        Assert.Null(none.Bug);
        Assert.Null(withBackoff.Bug);
        // With backoff a lost CAS reaches a yield point before its retry (and the yield rule defers the yielding thread
        // while the other can run), so the bounded space of schedules has another shape; with "none" it has no such point.
        Assert.True((withBackoff.Iterations, withBackoff.Steps) != (none.Iterations, none.Steps),
            $"{withBackoff.Iterations} schedules and {withBackoff.Steps} steps with backoff, {none.Iterations} and {none.Steps} without");
    }

    [Theory]
    [InlineData("WEFT_POOL_CAPACITY", "lots", "WEFT_POOL_CAPACITY: 'lots' is not a positive integer")]
    [InlineData("WEFT_RETIRE_THRESHOLD", "0", "WEFT_RETIRE_THRESHOLD: '0' is not a positive integer")]
    [InlineData("WEFT_BACKOFF", "exponential", "WEFT_BACKOFF: 'exponential' is not a backoff mode")]
    [InlineData("WEFT_RECLAMATION", "immediate", "WEFT_RECLAMATION: 'immediate' is not a reclamation scheme")]
    [InlineData("WEFT_POOL_SLOT_HOMES", "maybe", "WEFT_POOL_SLOT_HOMES: 'maybe' is not a switch")]
    public void A_bad_value_is_an_error_naming_the_variable_wherever_defaults_are_filled_in(string key, string value, string message)
    {
        var e1 = Assert.Throws<ConfigException>(() => With(() => TreiberStack.WithDefaults(1), (key, value)));
        Assert.StartsWith(message, e1.Message, StringComparison.Ordinal);
        var e2 = Assert.Throws<ConfigException>(() => With(() => Reclaimer.Create(new NodePool(4), 1), (key, value)));
        Assert.StartsWith(message, e2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_rejects_a_bad_override_before_it_runs_anything()
    {
        var (exit, output, err) = With(() => WeftCli.Run(Environment.CurrentDirectory, null, "explore", "--filter", "canonical/lost-update", "--iterations", "10"),
            ("WEFT_BACKOFF", "sometimes"));
        Assert.Equal(1, exit);
        Assert.Contains("error: environment: WEFT_BACKOFF: 'sometimes' is not a backoff mode", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.DoesNotContain("iterations", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Slot_homes_are_on_unless_the_environment_or_the_caller_turns_them_off()
    {
        NodePool Large(bool? homes = null) => new(1 << 12, threadCaches: 2, initialSlots: NodePool.DefaultInitialSlots, slotHomes: homes);
        Assert.True(With(() => Large().SlotHomes));
        Assert.True(With(() => Large().SlotHomes, ("WEFT_POOL_SLOT_HOMES", "on")));
        Assert.False(With(() => Large().SlotHomes, ("WEFT_POOL_SLOT_HOMES", "off")));
        Assert.True(With(() => Large(homes: true).SlotHomes, ("WEFT_POOL_SLOT_HOMES", "off"))); // the caller's argument wins
        Assert.False(With(() => Large(homes: false).SlotHomes));
    }
}
