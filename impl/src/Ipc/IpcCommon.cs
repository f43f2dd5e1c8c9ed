using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using Weft.Platform;

namespace Weft.Ipc;

/// <summary>
/// Options of one IPC handle. Immutable; derive variants with <c>with</c>.
/// </summary>
public sealed record IpcOptions
{
    /// <summary>The defaults: adaptive spinning as <see cref="SpinEnvironmentVariable"/> says, no seeded defect.</summary>
    public static IpcOptions Default { get; } = new();

    /// <summary>
    /// The environment variable that switches adaptive spinning (mutex acquire, semaphore wait): <c>1</c> on, <c>0</c> off; unset means
    /// on when the machine has more than one processor. Any other value is an error naming the variable. It is read
    /// on the first contended acquire that needs it, never at load or construction time.
    /// </summary>
    public const string SpinEnvironmentVariable = "WEFT_IPC_ADAPTIVE_SPIN";

    /// <summary>Adaptive spinning before sleeping on a held mutex or an empty semaphore: null follows <see cref="SpinEnvironmentVariable"/>.</summary>
    public bool? AdaptiveSpin { get; init; }

    /// <summary>The most spin rounds a contended acquire or an empty-semaphore wait tries before it sleeps (the adaptive estimate stays below it).</summary>
    public int MaxSpin { get; init; } = 100;

    /// <summary>A deliberate defect for negative controls (never set in production).</summary>
    public SeededBug SeededBug { get; init; }

    private static readonly Lazy<bool> SpinFromEnvironment = new(() => ParseSpin(Environment.GetEnvironmentVariable(SpinEnvironmentVariable)));

    /// <summary>Parses a value of <see cref="SpinEnvironmentVariable"/> (null: unset).</summary>
    public static bool ParseSpin(string? value) => value switch
    {
        null => Environment.ProcessorCount > 1,
        "1" => true,
        "0" => false,
        _ => throw new ConfigException($"{SpinEnvironmentVariable}: '{value}' is not a switch; expected '1' (spin) or '0' (sleep at once)"),
    };

    internal bool SpinEnabled => AdaptiveSpin ?? SpinFromEnvironment.Value;
}
