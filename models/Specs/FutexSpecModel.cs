using System.Collections.Generic;
using System.Linq;
using Weft.Tla;
using static Weft.Specs.ModelSupport;

namespace Weft.Specs;

/// <summary>
/// A model of one of the futex specs (tla/FutexMutex, tla/Semaphore, tla/Event), which share the engine's futex model:
/// the set of sleepers is the variable <c>sleepers</c>, the constant <c>Spurious</c> says whether waits may wake
/// spuriously, and a thread asleep in the engine's futex wait is a sleeper.
/// </summary>
public abstract class FutexSpecModel : SpecModel
{
    public override string? SleepersVariable => "sleepers";

    public override bool SpuriousWakeups(IReadOnlyDictionary<string, TlaValue> constants) => BoolConstant(constants, "Spurious");

    /// <summary>The spec's <c>sleepers</c>: the spec threads asleep in the engine's futex wait.</summary>
    protected static TlaValue Sleepers(IReadOnlyList<SpecThreadView> threads) =>
        TlaValue.Set(threads.Where(v => v.Asleep).Select(v => Int(v.SpecThread)));
}
