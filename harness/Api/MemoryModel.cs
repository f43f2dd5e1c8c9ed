using System;

namespace Weft;

/// <summary>
/// The memory model an exploration runs the atomics layer under (<see cref="CheckOptions.MemoryModel"/>,
/// <c>--memory-model</c>, <c>WEFT_MEMORY_MODEL</c>).
/// </summary>
public enum MemoryModel
{
    /// <summary>Sequential consistency: every operation takes effect at its scheduling point (the default).</summary>
    SC,
    /// <summary>
    /// Total store order (x86-TSO, Sewell et al., CACM 2010): each thread has a FIFO store buffer; relaxed and release
    /// stores are buffered, a load reads the thread's own newest buffered store to the location or else memory, and
    /// writing a buffer's oldest store to memory is a scheduling decision. SeqCst stores, read-modify-writes, fences,
    /// lock and futex operations, spawns, joins, yields and thread exit drain the thread's buffer first.
    /// </summary>
    TSO,
    /// <summary>
    /// Release/acquire/relaxed (the C11-style model of CDSChecker and loom, see <c>Weft.Engine.RaMemory</c>): every
    /// location keeps a bounded history of its stores in modification order; a load may read any store of it that
    /// happens-before and coherence do not hide from the loading thread, and which one it reads is a decision recorded
    /// in the schedule; an acquire load that reads a release store (or a read-modify-write continuing its release
    /// sequence) synchronizes with it; SeqCst operations are ordered by one global clock.
    /// </summary>
    RA,
}

/// <summary>Parsing and naming of <see cref="MemoryModel"/> for the command line, the environment and schedule files.</summary>
public static class MemoryModels
{
    /// <summary>The names accepted on input, in the order help texts list them.</summary>
    public static readonly string[] Names = { "sc", "tso", "ra" };

    /// <summary>The lower-case name written to schedules and reports.</summary>
    public static string Name(MemoryModel m) => m switch
    {
        MemoryModel.TSO => "tso",
        MemoryModel.RA => "ra",
        _ => "sc",
    };

    /// <summary>
    /// Parses <paramref name="text"/>; on failure returns false with a message saying what was expected.
    /// </summary>
    public static bool TryParse(string text, out MemoryModel model, out string error)
    {
        model = MemoryModel.SC;
        error = "";
        switch (text)
        {
            case "sc": return true;
            case "tso": model = MemoryModel.TSO; return true;
            case "ra": model = MemoryModel.RA; return true;
            default:
                error = $"unknown memory model '{text}'; expected sc, tso or ra";
                return false;
        }
    }

    /// <summary>Parses or throws <see cref="WeftInputException"/> with <paramref name="where"/> as the message's prefix.</summary>
    public static MemoryModel Parse(string text, string where) =>
        TryParse(text, out var m, out var error) ? m : throw new WeftInputException($"{where}: {error}");
}
