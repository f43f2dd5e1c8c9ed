namespace Weft;

/// <summary>Where one controlled thread stood when a bug was reported.</summary>
/// <param name="Thread">Thread id (0 is the test body).</param>
/// <param name="Status">enabled, blocked, completed or running.</param>
/// <param name="Operation">The operation it was about to perform (its pending scheduling point).</param>
/// <param name="Location">Source location of that operation (file:line), or empty.</param>
public sealed record ThreadPosition(int Thread, string Status, string Operation, string Location)
{
    public override string ToString() =>
        $"thread {Thread}: {Status} at {Operation}{(Location.Length > 0 ? " " + Location : "")}";
}
