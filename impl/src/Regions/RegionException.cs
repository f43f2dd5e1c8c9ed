using System;

namespace Weft.Regions;

/// <summary>A misuse of the region runtime, with what was expected (a scope exited twice, a handle sent that may not be).</summary>
public class RegionException : Exception
{
    public RegionException(string message) : base(message) { }
    public RegionException() { }
    public RegionException(string message, Exception inner) : base(message, inner) { }
}
