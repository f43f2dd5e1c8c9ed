using System.CommandLine;
using System.Linq;

namespace Weft.Cli.Commands;

internal static class ListCommand
{
    public static Command Create()
    {
        var assembly = AssemblyOption.Create();
        var cmd = new Command("list", "List the registered tests (the built-in scenarios, or those of --assembly)") { assembly };
        cmd.SetAction(p => Program.Guard(() =>
        {
            AssemblyOption.Apply(p, assembly);
            Ui.Table(new[] { "test", "expect", "budget", "description" },
                Registry.All.Select(t => new[]
                {
                    t.Id,
                    t.NegativeControl ? "bug: " + Schedules.ScheduleFile.KindName(t.ExpectedBug) : "pass",
                    t.Budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    t.Description,
                }));
            Ui.Line($"{Registry.All.Count} tests ({Registry.All.Count(t => t.NegativeControl)} negative controls)");
            return Program.Ok;
        }));
        return cmd;
    }
}
