namespace Weft.Monitors;

/// <summary>
/// A borrow of a cell of <paramref name="Region"/>, taken under tether <paramref name="Tether"/> when the region's epoch
/// was <paramref name="Epoch"/> (at <paramref name="BorrowFile"/>:<paramref name="BorrowLine"/>), is used.
/// </summary>
public readonly record struct BorrowUseEvent(int Region, long Epoch, int Tether, int Thread, string File, int Line, string BorrowFile, int BorrowLine);
