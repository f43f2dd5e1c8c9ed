using System;

namespace Weft.Regions;

/// <summary>An allocation would take a region past its quota (<see cref="RegionConfig.QuotaBytes"/>, R6).</summary>
public sealed class RegionQuotaExceededException : RegionException
{
    public RegionQuotaExceededException(string message) : base(message) { }
    public RegionQuotaExceededException() { }
    public RegionQuotaExceededException(string message, Exception inner) : base(message, inner) { }
}
