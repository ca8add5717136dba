using System.CommandLine;
using NtSim.Cli;
using NtSim.Cli.Demo;

var root = new RootCommand("NtSim: a simulated Windows NT kernel for writing, testing and debugging drivers.");
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(SelftestCommand.Create());
root.Subcommands.Add(ScCommand.Create());
root.Subcommands.Add(InfCommand.Create());
root.Subcommands.Add(DevconCommand.Create());
root.Subcommands.Add(PnputilCommand.Create());
root.Subcommands.Add(TreeCommand.Create());
GlobalOptions.AddTo(root);
return CliInvocation.Invoke(root.Parse(args, CliParsing.Configuration));
