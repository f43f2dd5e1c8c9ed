using System;

namespace Weft.Regions;

/// <summary>
/// The sanitizer's report (R9): a cell of a freed region was read or written, or a freed region was freed again.
/// The message names both locations: the access and where the region was freed.
/// </summary>
public sealed class RegionAccessException : RegionException
{
    public RegionAccessException(string message) : base(message) { }
    public RegionAccessException() { }
    public RegionAccessException(string message, Exception inner) : base(message, inner) { }
}
