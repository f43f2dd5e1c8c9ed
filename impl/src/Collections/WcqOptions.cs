using System;

namespace Weft.Collections;

/// <summary>
/// The tunables of wCQ (<see cref="WcqRing"/>, <see cref="WcqQueue{T}"/>): how many fast-path attempts an operation
/// makes before it asks for help (the paper's MAX_PATIENCE), and every how many of its own operations a thread helps
/// one other thread (HELP_DELAY). Defaults are those of the paper's code (16 and 64 attempts, every 16 operations).
/// Small values are for tests: patience 0 sends every operation down the slow path, a help delay of 1 makes every
/// operation first look at another thread's request. Immutable; derive variants with <c>with</c>.
/// </summary>
public sealed record WcqOptions
{
    /// <summary>The paper's defaults.</summary>
    public static WcqOptions Default { get; } = new();

    /// <summary>Fast-path enqueue attempts (fetch-and-add of the tail) before the slow path; 0 goes straight to it.</summary>
    public int EnqueuePatience { get; init; } = 16;

    /// <summary>Fast-path dequeue attempts (fetch-and-add of the head) before the slow path; 0 goes straight to it.</summary>
    public int DequeuePatience { get; init; } = 64;

    /// <summary>A thread helps one other thread's request before every this many of its own operations (at least 1).</summary>
    public int HelpDelay { get; init; } = 16;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first field out of range.</summary>
    public void Validate()
    {
        if (EnqueuePatience < 0 || EnqueuePatience > MaxPatience)
            throw new ArgumentOutOfRangeException(nameof(EnqueuePatience), EnqueuePatience, $"the enqueue patience must be in [0, {MaxPatience}]");
        if (DequeuePatience < 0 || DequeuePatience > MaxPatience)
            throw new ArgumentOutOfRangeException(nameof(DequeuePatience), DequeuePatience, $"the dequeue patience must be in [0, {MaxPatience}]");
        if (HelpDelay < 1 || HelpDelay > MaxPatience)
            throw new ArgumentOutOfRangeException(nameof(HelpDelay), HelpDelay, $"the help delay must be in [1, {MaxPatience}]");
    }

    /// <summary>The largest patience or help delay accepted (the bound of an operation grows with both).</summary>
    public const int MaxPatience = 1 << 16;
}
