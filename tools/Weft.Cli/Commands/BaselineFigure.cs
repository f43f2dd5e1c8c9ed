namespace Weft.Cli.Commands;

/// <summary>
/// One throughput figure to compare against, with where it came from. <see cref="Strategy"/> null: the figure
/// applies to every strategy of its shape (another tool's single figure); otherwise only to that strategy's row.
/// </summary>
internal sealed record BaselineFigure(
    string Name, string Shape, string? Strategy, double IterationsPerSecond, string What, string Machine, string Date, string Command);
