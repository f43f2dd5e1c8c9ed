namespace Weft.Platform;

/// <summary>
/// Tier 1 "comparator": the key ordering of the skiplists and trees. Structures take the comparer as a struct type
/// parameter (<c>TComparer : struct, IKeyComparer&lt;TKey&gt;</c>) so the JIT specializes and inlines the compare:
/// the integer and ordinal-string fast paths cost a subtraction-free compare, not an interface call.
/// </summary>
public interface IKeyComparer<in TKey>
{
    int Compare(TKey x, TKey y);
}
