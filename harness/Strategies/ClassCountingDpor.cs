using System;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// Unbounded DPOR (<see cref="DporStrategy"/>, unchanged) that also counts the Mazurkiewicz classes of the complete
/// schedules it runs (<see cref="ScheduleClasses"/>; an iteration it abandons because every candidate sleeps is not a
/// schedule of the program and is left out). A sound DPOR runs at least one schedule of every class of the whole
/// space, so where it exhausts the space this is the space's class count: the fewest schedules any reduction over the
/// relation needs, without running DFS over the whole space. Schedules over classes is what the search wastes
/// (abandoned iterations and second schedules of a class).
/// </summary>
internal sealed class ClassCountingDpor : IStrategy, IObservesSteps, IObservesThreads
{
    private readonly DporStrategy _dpor;
    private readonly ScheduleClasses _classes = new();

    public ClassCountingDpor(DporStrategy dpor) => _dpor = dpor;

    public StepLog Steps => _dpor.Steps;

    public void Attach(System.Collections.Generic.IReadOnlyList<ControlledThread> threads) => _dpor.Attach(threads);

    public string Name => _dpor.Name;

    /// <summary>Distinct classes among the complete schedules run so far.</summary>
    public int Classes => _classes.Count;

    /// <summary>The keys of those classes (<see cref="ScheduleClasses.Keys"/>), to compare with another search's.</summary>
    public System.Collections.Generic.IReadOnlyCollection<string> ClassKeys => _classes.Keys;

    /// <summary>Class-bounded mode: iterations abandoned or left out because their class leaves the bound (<see cref="DporStrategy.OutsideBound"/>).</summary>
    public int OutsideBound => _dpor.OutsideBound;

    /// <summary>Of <see cref="OutsideBound"/>, the runs that ended and were left out (<see cref="DporStrategy.LeftOut"/>).</summary>
    public int LeftOut => _dpor.LeftOut;

    /// <summary>Complete schedules run so far whose class an earlier schedule had already run.</summary>
    public int Repeated { get; private set; }

    /// <summary>Iterations abandoned because every candidate slept (<see cref="DporStrategy.Pruned"/>).</summary>
    public int Pruned => _dpor.Pruned;

    public bool PrepareIteration(int iteration)
    {
        _classes.Begin();
        return _dpor.PrepareIteration(iteration);
    }

    public int NextThread(ReadOnlySpan<int> enabled, int current, int step) => _dpor.NextThread(enabled, current, step);

    public int NextValue(int count, int step)
    {
        int value = _dpor.NextValue(count, step);
        _classes.NoteValue(Steps, value);
        return value;
    }

    public void IterationCompleted(int steps, int choices)
    {
        if (!Steps.Pruned && !_classes.Add(Steps)) Repeated++;
        _dpor.IterationCompleted(steps, choices);
    }
}
