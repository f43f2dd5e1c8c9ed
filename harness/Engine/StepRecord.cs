using System;
using System.Collections.Generic;
using System.Text;

namespace Weft.Engine;

/// <summary>One step of an iteration as <see cref="StepLog"/> records it.</summary>
internal struct StepRecord
{
    public int Thread;
    public OpKind Op;
    public nint Address;
    public object? Resource;
    public bool Global;
    /// <summary>Monitors (bit i: monitor i mod 64) that received an observation from this step, and a state-changing event.</summary>
    public ulong MonitorReads;
    public ulong MonitorWrites;
    public bool Completes;
    /// <summary>The parts of keyed monitors' state (<see cref="IKeyedMonitor"/>) this step's events read or changed (null: none).</summary>
    public List<(int Monitor, MonitorPart Part)>? Parts;
    /// <summary>The thread this step spawned, else -1.</summary>
    public int Spawned;
    /// <summary>The step's compare-and-swap (<see cref="Op"/> <see cref="OpKind.CompareExchange"/> on a cell) failed: it only read its cell.</summary>
    public bool CasFailed;
    /// <summary>The step ended with its thread paused at a yield: it took a yield stamp (the yield rule of <see cref="ControlledRuntime"/>).</summary>
    public bool ArrivesAtYield;
    /// <summary>TSO: the threads (bit t: thread t mod 64) whose buffered stores this step drained to memory (a fence, a read-modify-write, a SeqCst store, thread exit).</summary>
    public ulong Drained;
    /// <summary>
    /// RA: how the step used the SeqCst order's clock (<see cref="RaMemory"/>): <see cref="SeqCstJoins"/> when it joined it
    /// (a SeqCst load, a thread resuming from a block), <see cref="SeqCstPublishes"/> when it published into it (a
    /// SeqCst store or read-modify-write, a fence, a lock, futex, spawn or join, a thread's exit); 0 when it did neither.
    /// </summary>
    public byte SeqCstClock;

    /// <summary>
    /// RA: the step ran while a promise waited for its store (<see cref="RaPromises"/>): whether the execution stays
    /// feasible then depends on the order of the loader's and the promiser's steps whatever their locations.
    /// </summary>
    public bool DuringPromise;

    public const byte SeqCstJoins = 1;
    public const byte SeqCstPublishes = 2;
}
