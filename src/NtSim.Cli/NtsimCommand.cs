using System.CommandLine;
using NtSim.Cli.Demo;

namespace NtSim.Cli;

/// <summary>The `ntsim` command line: every command and the global options.</summary>
internal static class NtsimCommand
{
    /// <summary>The command line; <paramref name="input"/> is what ntsim kd reads its commands from (the console's
    /// standard input when null).</summary>
    internal static RootCommand Create(TextReader? input = null)
    {
        var root = new RootCommand("NtSim: a simulated Windows NT kernel for writing, testing and debugging drivers.")
        {
            // Usage lines say `ntsim`, whatever the host process is called (dotnet, a test host).
            HelpName = "ntsim",
        };
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(SelftestCommand.Create());
        root.Subcommands.Add(ScCommand.Create());
        root.Subcommands.Add(InfCommand.Create());
        root.Subcommands.Add(DevconCommand.Create());
        root.Subcommands.Add(PnputilCommand.Create());
        root.Subcommands.Add(TreeCommand.Create());
        root.Subcommands.Add(TraceCommand.Create());
        root.Subcommands.Add(DbgviewCommand.Create());
        root.Subcommands.Add(KdCommand.Create(input));
        GlobalOptions.AddTo(root);
        return root;
    }
}
