namespace Weft.Monitors;

/// <summary>
/// Emitted by the controlled build of the node pool for every slot transition and node access.
/// <paramref name="Pool"/> identifies the pool within the iteration; <paramref name="Thread"/> is the controlled thread.
/// <paramref name="Speculative"/> marks a read whose value the algorithm validates before use (type-stable reads).
/// </summary>
public readonly record struct SlotEvent(int Pool, int Slot, int Generation, SlotOp Op, int Thread, bool Speculative = false);
