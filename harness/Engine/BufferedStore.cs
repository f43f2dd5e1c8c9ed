namespace Weft.Engine;

/// <summary>
/// One store waiting in a thread's TSO store buffer: the cell's address, its width (4 or 8 bytes, or 0 for an object
/// reference), the value and the program point that stored it (named in the interleaving log when it is flushed), and
/// its issue number among all threads' stores of the iteration (the newest issued store is what monitors see).
/// </summary>
internal readonly record struct BufferedStore(nint Address, byte Width, long Bits, object? Reference, string? File, int Line, long Issued = 0)
{
    public const byte ReferenceWidth = 0;

    /// <summary>The stored value as the interleaving log shows it.</summary>
    public string ValueText => Width == ReferenceWidth
        ? Reference is null ? "null" : Reference.GetType().Name
        : Bits.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
