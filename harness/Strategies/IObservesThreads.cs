using System.Collections.Generic;
using Weft.Engine;

namespace Weft.Strategies;

/// <summary>
/// A strategy that reads the operation each candidate thread is paused before (its kind, cell, lock and memory
/// order: <see cref="ControlledThread.PendingOp"/>, <see cref="ControlledThread.PendingCell"/>,
/// <see cref="ControlledThread.PendingResource"/>, <see cref="ControlledThread.PendingOrder"/>). The runtime hands it
/// its thread table once; entry <c>i</c> is the thread with id <c>i</c> of the current iteration, and ids the strategy is
/// offered beyond the table's end are TSO flush candidates. The strategy only reads the table, and only inside
/// <see cref="IStrategy.NextThread"/>, where the runtime's token holder calls it.
/// </summary>
internal interface IObservesThreads
{
    void Attach(IReadOnlyList<ControlledThread> threads);
}
