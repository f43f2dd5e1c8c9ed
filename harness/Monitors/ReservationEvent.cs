namespace Weft.Monitors;

/// <summary>
/// A thread published a reservation end (IBR's lower or upper era) or an announcement (DEBRA's announced epoch):
/// <paramref name="Kind"/> names it, <paramref name="Value"/> is the value stored (<see cref="long.MaxValue"/>: no
/// reservation) and <paramref name="Clock"/> the reclaimer's global clock at the store.
/// </summary>
public readonly record struct ReservationEvent(int Reclaimer, string Kind, int Thread, long Value, long Clock);
