using System;

namespace Weft.Regions;

/// <summary>
/// A borrow used after its tether ended or after its region was freed (R5). The message names where the borrow was
/// taken, where it was used, and where the tether ended or the region was freed.
/// </summary>
public sealed class StaleBorrowException : RegionException
{
    public StaleBorrowException(string message) : base(message) { }
    public StaleBorrowException() { }
    public StaleBorrowException(string message, Exception inner) : base(message, inner) { }
}
