using System.CommandLine;
using Weft.Schedules;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft replay &lt;schedule.yaml&gt; [--verbose]</c>: re-runs one recorded iteration exactly. With --verbose it
/// prints the interleaving log: one line per step with thread, operation, location and value.
/// Exit 2 when the recorded bug reproduces, 0 when the schedule runs clean, 1 on bad input or divergence.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("schedule") { Description = "A schedule file written by weft explore or Checker.Check" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print the interleaving log" };
        var cmd = new Command("replay", "Replay a schedule file step by step") { file, verbose };
        cmd.SetAction(p => Program.Guard(() =>
        {
            var path = p.GetValue(file)!;
            var schedule = ScheduleFile.Read(path);
            var test = Registry.Find(schedule.TestId);
            var result = Checker.Replay(schedule, test.Body);
            if (p.GetValue(verbose))
            {
                Ui.Line($" step  thread op           location                     value");
                foreach (var l in result.LogLines) Ui.Line(l);
                Ui.Line("");
            }
            Ui.Line($"replayed {schedule.TestId}: {result.Steps} steps (recorded with {schedule.Strategy}, seed {schedule.Seed}, iteration {schedule.Iteration}, commit {schedule.Commit})");
            if (result.Bug is { } bug)
            {
                Ui.Line((result.Reproduced ? "reproduced: " : "a different bug than recorded: ") + bug.Describe().Split('\n')[0]);
                foreach (var t in bug.Threads) Ui.Line("  " + t);
                return Program.BugFound;
            }
            Ui.Line(schedule.Bug is null ? "no bug (the schedule was recorded without one)" : "the recorded bug did NOT reproduce");
            return schedule.Bug is null ? Program.Ok : Program.InputError;
        }));
        return cmd;
    }
}
