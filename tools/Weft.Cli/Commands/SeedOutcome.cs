namespace Weft.Cli.Commands;

/// <summary>One seed of the bug-finding benchmark: the 1-based iteration that found the bug, or not found within the caps.</summary>
internal readonly record struct SeedOutcome(bool Found, int Iterations, double Milliseconds)
{
    public static SeedOutcome FoundAt(int iteration, double ms) => new(true, iteration, ms);
    public static SeedOutcome NotFound(double ms) => new(false, 0, ms);
}
