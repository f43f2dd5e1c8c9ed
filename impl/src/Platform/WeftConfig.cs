using System;
using System.Globalization;

namespace Weft.Platform;

/// <summary>
/// Tier 0 "config": the library's tunables, defaults first, then environment overrides parsed strictly (a bad
/// value throws <see cref="ConfigException"/> naming the variable). Immutable; derive variants with <c>with</c>.
///
/// Where the library applies it: every place that fills in a configuration the caller did not pass reads
/// <see cref="FromEnvironment"/> at that moment (<see cref="Weft.Reclamation.Reclaimer.Create(Weft.Reclamation.ReclamationScheme, Weft.Memory.NodePool, int, WeftConfig?)"/>
/// and its default-scheme overload, a <see cref="Weft.Memory.NodePool"/> built without a capacity,
/// <see cref="Weft.Collections.TreiberStack.WithDefaults"/>). A reclaimer keeps the configuration it was built with
/// (<see cref="Weft.Reclamation.Reclaimer.Config"/>): its retire threshold, epoch frequency and stall threshold,
/// and the backoff of the retry loops of the structures over it. An explicit configuration (<see cref="Default"/>
/// <c>with { ... }</c>) is used as given: the environment never overrides what a caller passed.
/// </summary>
public sealed record WeftConfig
{
    /// <summary>The built-in defaults, without environment overrides.</summary>
    public static WeftConfig Default { get; } = new();

    /// <summary>The defaults overridden by the WEFT_* variables set now; throws <see cref="ConfigException"/> naming a variable whose value does not parse.</summary>
    public static WeftConfig FromEnvironment() => Default.WithEnvironment();

    /// <summary>IBR/DEBRA: retired nodes a thread accumulates before it tries to reclaim (WEFT_RETIRE_THRESHOLD).</summary>
    public int RetireThreshold { get; init; } = 64;

    /// <summary>IBR: allocations between global era increments (WEFT_EPOCH_FREQ).</summary>
    public int EpochFrequency { get; init; } = 64;

    /// <summary>DEBRA+: epochs a thread may lag behind before it is neutralized (WEFT_STALL_EPOCHS).</summary>
    public int StallThreshold { get; init; } = 100;

    /// <summary>
    /// DEBRA/DEBRA+: operations between two checks of one thread's announcement (WEFT_EPOCH_CHECK_INTERVAL): every
    /// operation announces, every this many also check (Brown's MIN_OPS_BEFORE_READ), so a thread reads another
    /// thread's announcement line, and on one thread advances the epoch and rotates its bags, once per this many
    /// operations instead of once per operation. The epoch advances that much more slowly: the limbo bags, and
    /// DEBRA+'s bound, grow by the same factor.
    /// </summary>
    public int EpochCheckInterval { get; init; } = 8;

    /// <summary>How CAS retry loops back off after a failed CAS (WEFT_BACKOFF: none, fixed or adaptive).</summary>
    public BackoffMode Backoff { get; init; } = BackoffMode.Fixed;

    /// <summary>Smallest and largest backoff, in spin iterations (WEFT_BACKOFF_MIN, WEFT_BACKOFF_MAX).</summary>
    public int BackoffMin { get; init; } = 4;
    public int BackoffMax { get; init; } = 1024;

    /// <summary>A deliberate defect for negative controls (never set in production).</summary>
    public SeededBug SeededBug { get; init; }

    /// <summary>Slots per node pool when a structure does not say (WEFT_POOL_CAPACITY).</summary>
    public int PoolCapacity { get; init; } = 1 << 16;

    /// <summary>
    /// The reclamation scheme of structures built with defaults (WEFT_RECLAMATION: ibr, debra-plus, debra or none).
    /// IBR by default: see <see cref="Weft.Reclamation.Reclaimer.DefaultScheme"/> for why.
    /// </summary>
    public Weft.Reclamation.ReclamationScheme Reclamation { get; init; } = Weft.Reclamation.Reclaimer.DefaultScheme;

    /// <summary>
    /// Node pools keep each registered thread's slots on cache lines of its own (WEFT_POOL_SLOT_HOMES: on or off; on by
    /// default): a slot freed by a thread other than the one whose run it came from goes back to that thread's
    /// remote-free list instead of the freeing thread's magazine (see <see cref="Weft.Memory.NodePool"/>). That is a
    /// deferred free (<see cref="Weft.Memory.NodePool.Free(int, long)"/>: IBR's scans, DEBRA's bags), which sends the
    /// slot home only when this is on; a free at once (<see cref="Weft.Memory.NodePool.FreeLocal"/>: immediate reuse)
    /// keeps the slot in the freeing thread's magazine without looking up its home, whatever this setting. Read by a
    /// pool built without its <c>slotHomes</c> argument; off restores the previous pool for comparisons.
    /// </summary>
    public bool PoolSlotHomes { get; init; } = true;

    /// <summary>
    /// Plain DEBRA at the pool's maximum (WEFT_DEBRA_POOL_WAIT_MS): how long, in milliseconds of wall time, an allocation
    /// waits for reclamation before it throws <see cref="Weft.Memory.PoolExhaustedException"/>; 0 throws at once (the
    /// behaviour without the wait). The wait covers a thread descheduled inside an operation, which holds the epoch back
    /// until it runs again; a thread that never leaves its operation still exhausts the pool, after this long. Under the
    /// scheduler <see cref="DebraPoolWaitRounds"/> bounds the wait instead.
    /// </summary>
    public int DebraPoolWaitMilliseconds { get; init; } = 2000;

    /// <summary>Under the scheduler (the controlled build in a controlled test): the rounds (an empty operation outside
    /// an operation, then a yield, then a retry) plain DEBRA's wait at the pool's maximum takes before it gives up, so an
    /// exploration stays finite; wall time means nothing there.</summary>
    public int DebraPoolWaitRounds { get; init; } = 32;

    /// <summary>This configuration overridden by the WEFT_* environment variables that are set.</summary>
    public WeftConfig WithEnvironment(Func<string, string?>? getenv = null)
    {
        getenv ??= Environment.GetEnvironmentVariable;
        var c = this;
        if (getenv("WEFT_RETIRE_THRESHOLD") is { } rt) c = c with { RetireThreshold = Positive("WEFT_RETIRE_THRESHOLD", rt) };
        if (getenv("WEFT_EPOCH_FREQ") is { } ef) c = c with { EpochFrequency = Positive("WEFT_EPOCH_FREQ", ef) };
        if (getenv("WEFT_STALL_EPOCHS") is { } se) c = c with { StallThreshold = Positive("WEFT_STALL_EPOCHS", se) };
        if (getenv("WEFT_EPOCH_CHECK_INTERVAL") is { } ci) c = c with { EpochCheckInterval = Positive("WEFT_EPOCH_CHECK_INTERVAL", ci) };
        if (getenv("WEFT_POOL_CAPACITY") is { } pc) c = c with { PoolCapacity = Positive("WEFT_POOL_CAPACITY", pc) };
        if (getenv("WEFT_BACKOFF_MIN") is { } bmin) c = c with { BackoffMin = Positive("WEFT_BACKOFF_MIN", bmin) };
        if (getenv("WEFT_BACKOFF_MAX") is { } bmax) c = c with { BackoffMax = Positive("WEFT_BACKOFF_MAX", bmax) };
        if (getenv("WEFT_BACKOFF") is { } bm)
        {
            c = c with
            {
                Backoff = bm switch
                {
                    "none" => BackoffMode.None,
                    "fixed" => BackoffMode.Fixed,
                    "adaptive" => BackoffMode.Adaptive,
                    _ => throw new ConfigException($"WEFT_BACKOFF: '{bm}' is not a backoff mode; expected 'none', 'fixed' or 'adaptive'"),
                },
            };
        }
        if (getenv("WEFT_RECLAMATION") is { } rs)
        {
            c = c with
            {
                Reclamation = rs switch
                {
                    "ibr" => Weft.Reclamation.ReclamationScheme.Ibr,
                    "debra-plus" => Weft.Reclamation.ReclamationScheme.DebraPlus,
                    "debra" => Weft.Reclamation.ReclamationScheme.Debra,
                    "none" => Weft.Reclamation.ReclamationScheme.None,
                    // Immediate reuse is the unsafe negative control: a test selects it explicitly, never the environment.
                    _ => throw new ConfigException($"WEFT_RECLAMATION: '{rs}' is not a reclamation scheme; expected 'ibr', 'debra-plus', 'debra' or 'none'"),
                },
            };
        }
        if (getenv("WEFT_POOL_SLOT_HOMES") is { } sh)
        {
            c = c with
            {
                PoolSlotHomes = sh switch
                {
                    "on" => true,
                    "off" => false,
                    _ => throw new ConfigException($"WEFT_POOL_SLOT_HOMES: '{sh}' is not a switch; expected 'on' or 'off'"),
                },
            };
        }
        if (getenv("WEFT_DEBRA_POOL_WAIT_MS") is { } pw) c = c with { DebraPoolWaitMilliseconds = NonNegative("WEFT_DEBRA_POOL_WAIT_MS", pw) };
        if (c.BackoffMin > c.BackoffMax)
            throw new ConfigException($"WEFT_BACKOFF_MIN ({c.BackoffMin}) must not exceed WEFT_BACKOFF_MAX ({c.BackoffMax})");
        return c;
    }

    private static int NonNegative(string name, string value)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            throw new ConfigException($"{name}: '{value}' is not a non-negative integer");
        return v;
    }

    private static int Positive(string name, string value)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v <= 0)
            throw new ConfigException($"{name}: '{value}' is not a positive integer");
        return v;
    }
}
