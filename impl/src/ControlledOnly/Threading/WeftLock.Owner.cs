namespace Weft.Threading;

/// <summary>The controlled build's part of <see cref="WeftLock"/>: the holder of a lock whose blocking the engine models.</summary>
public sealed partial class WeftLock
{
    private int _owner = -1; // controlled thread id of the holder, -1 when free

    partial void ReadOwner(ref int owner) => owner = _owner;
}
