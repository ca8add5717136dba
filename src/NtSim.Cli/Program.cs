using NtSim.Cli;

return CliInvocation.Invoke(NtsimCommand.Create().Parse(args, CliParsing.Configuration));
