using System;

namespace Weft.Regions;

/// <summary>
/// R3's single-owner rule broken: a thread allocated in, read or wrote a region it does not own (another thread owns it,
/// or it was sent and not yet received). The message names the use, the owner and where the owner got the region.
/// </summary>
public sealed class RegionOwnershipException : RegionException
{
    public RegionOwnershipException(string message) : base(message) { }
    public RegionOwnershipException() { }
    public RegionOwnershipException(string message, Exception inner) : base(message, inner) { }
}
