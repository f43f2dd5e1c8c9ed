namespace Weft.Ipc;

/// <summary>The controlled build's part of <see cref="ShmSegment"/>: a named handle on an object of the simulated world (<see cref="SimulatedIpc"/>).</summary>
public sealed unsafe partial class ShmSegment
{
    /// <summary>The simulated object a named handle maps under <see cref="SimulatedIpc"/> (it keeps the memory alive).</summary>
    private readonly SimulatedShmObject? _simulated;

    private ShmSegment(SimulatedShmObject simulated, string name) : this(simulated.Address, simulated.Size, name, null, null) => _simulated = simulated;

    partial void ReadSimulatedId(ref int id) => id = _simulated?.Id ?? 0;
}
