namespace Weft.Engine;

/// <summary>
/// What an atomics call site does, as far as weakening its memory order goes: a load, a store, a read-modify-write
/// (exchange, compare-and-swap, fetch-and-op) or a fence. Each kind has its own ladder of one-step weakenings
/// (<see cref="OrderMutation.Weakenings"/>).
/// </summary>
internal enum OrderSiteKind : byte
{
    Load,
    Store,
    ReadModifyWrite,
    Fence,
}
