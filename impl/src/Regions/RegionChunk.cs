namespace Weft.Regions;

/// <summary>
/// A block of slots that cells of one region are carved from, bump-allocated (R6). The first chunk of every region
/// is its inline buffer. Freeing the region overwrites every slot with <see cref="Value.Poison"/>.
/// </summary>
internal sealed class RegionChunk
{
    public RegionChunk(int slots, bool inline)
    {
        Slots = new Value[slots];
        IsInline = inline;
    }

    public Value[] Slots { get; }
    public bool IsInline { get; }
    public int Used { get; private set; }
    public int Free => Slots.Length - Used;

    /// <summary>Takes <paramref name="count"/> slots (the caller checked <see cref="Free"/>); returns the first one's index.</summary>
    public int Take(int count)
    {
        int offset = Used;
        Used += count;
        return offset;
    }

    public void Poison() => System.Array.Fill(Slots, Value.Poison);
}
