using System;
using System.CommandLine;
using System.Text.Json;
using Weft.Reporting;

namespace Weft.Cli.Commands;

/// <summary>
/// <c>weft run-one &lt;test&gt;</c> (hidden): the child process of <c>weft nightly</c>. Explores one test for its slice
/// of the budget and prints one line <c>WEFT-RESULT {json}</c> (a <see cref="TestResult"/>). If the process dies
/// before printing it, the parent records the test as crashed.
/// </summary>
internal static class RunOneCommand
{
    public static Command Create()
    {
        var test = new Argument<string>("test") { Description = "A registered test id" };
        var seed = new Option<ulong>("--seed") { Description = "The test's seed", Required = true };
        var budgetMs = new Option<long>("--budget-ms") { Description = "Wall-clock budget in milliseconds", Required = true };
        var shard = new Option<string>("--shard") { Description = "The shard this run belongs to (recorded)", DefaultValueFactory = _ => "0/1" };
        var schedules = new Option<string>("--schedules") { Description = "Directory for bug schedules", Required = true };
        var assembly = AssemblyOption.Create();
        var cmd = new Command("run-one", "Explore one test and print its result as JSON (used by weft nightly)")
        {
            test, seed, budgetMs, shard, schedules, assembly,
        };
        cmd.Hidden = true;
        cmd.SetAction(p => Program.Guard(() =>
        {
            ParentDeath.Follow();
            AssemblyOption.Apply(p, assembly);
            var t = Registry.Find(p.GetValue(test)!);
            long ms = p.GetValue(budgetMs);
            if (ms <= 0) throw new WeftInputException("--budget-ms: expected a positive number of milliseconds");
            Parsing.Shard("--shard", p.GetValue(shard)!);
            var r = TestRunner.Run(t, p.GetValue(seed), TimeSpan.FromMilliseconds(ms), p.GetValue(schedules), p.GetValue(shard)!);
            Console.Out.WriteLine(ProcessChildLauncher.ResultMarker + JsonSerializer.Serialize(r, ResultSchema.Json));
            Console.Out.Flush();
            return Program.Ok;
        }));
        return cmd;
    }
}
