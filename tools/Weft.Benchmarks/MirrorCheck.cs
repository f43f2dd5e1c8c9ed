using System;
using Weft.Collections;
using Weft.Memory;
using Weft.Platform;
using Weft.Reclamation;

namespace Weft.Benchmarks;

/// <summary>
/// The check that <see cref="HandWrittenMirror"/>, the baseline of the atomics layer's cost, computes what the library
/// stack computes: the same operations on both (one thread), every pop's outcome and value compared. The sequence
/// fills the whole pool, empties it and fills it again, so besides the bare push and pop it runs every pool path the
/// benchmark's pairs skip: refills from the free list, half-magazine spills to the depot, refills of whole batches
/// from the depot once the free list is empty. A baseline that did less (or other) work than the library would make
/// "Weft / mirror" meaningless; the benchmarks run this first (<c>mirror-check</c> runs it alone).
/// </summary>
public static class MirrorCheck
{
    private const int Capacity = 1024;

    /// <summary>Runs the check; null when the mirror and the library agreed on every operation, else what differed.</summary>
    /// <param name="mirrorConfig">The mirror's configuration (null: the defaults, as the library's); the negative control
    /// builds the mirror with a seeded defect the library stack does not have.</param>
    public static string? Run(WeftConfig? mirrorConfig = null)
    {
        var mirror = new HandWrittenMirror(Capacity, mirrorConfig);
        var mt = mirror.Register();
        var reclaimer = Reclaimer.Create(ReclamationScheme.Immediate, new NodePool(Capacity, tagged: true, threadCaches: 1), 1, WeftConfig.Default);
        var lt = reclaimer.Register();
        var library = new TreiberStack(reclaimer);
        long next = 1;
        int depth = 0, op = 0;
        string? Pop()
        {
            op++;
            bool mp = mirror.TryPop(mt, out long mv), lp = library.TryPop(lt, out long lv);
            if (mp != lp || mv != lv) return $"operation {op} (pop at depth {depth}): the mirror returned ({mp}, {mv}), the library ({lp}, {lv})";
            if (mp != depth > 0) return $"operation {op}: pop at depth {depth} returned {mp}";
            if (mp) depth--;
            return null;
        }
        void Push()
        {
            op++;
            mirror.Push(mt, next);
            library.Push(lt, next++);
            depth++;
        }
        var rng = new Random(7);
        for (int phase = 0; phase < 2; phase++)
        {
            while (depth < Capacity) Push();
            while (depth > 0) if (Pop() is { } error) return error;
            if (Pop() is { } empty) return empty;
            for (int i = 0; i < 4 * Capacity; i++)
            {
                if (depth < Capacity && rng.Next(3) != 0) Push();
                else if (Pop() is { } error) return error;
            }
            while (depth > 0) if (Pop() is { } error) return error;
        }
        return null;
    }

    /// <summary>
    /// The <c>mirror-check</c> command: the check, then its negative control (a mirror whose pops return the payload of
    /// the node below the top, <see cref="SeededBug.TreiberPopReturnsNext"/>, must be told apart from the library).
    /// Exit code 0 when the mirror agrees and the control is caught, 1 otherwise.
    /// </summary>
    public static int Command()
    {
        string? error = Run();
        Console.WriteLine(error is null ? "mirror-check: the mirror and the library stack agree on every operation" : $"mirror-check: FAILED: {error}");
        string? control = Run(WeftConfig.Default with { SeededBug = SeededBug.TreiberPopReturnsNext });
        Console.WriteLine(control is null
            ? "mirror-check: FAILED: the negative control (a mirror with TreiberPopReturnsNext) was not told apart from the library"
            : $"mirror-check: negative control caught: {control}");
        return error is null && control is not null ? 0 : 1;
    }

    /// <summary>Throws when <see cref="Run"/> finds a difference (the benchmarks refuse to measure against a wrong baseline).</summary>
    public static void Require()
    {
        if (Run() is { } error) throw new InvalidOperationException($"the hand-written mirror does not compute what the library stack computes: {error}");
    }
}
