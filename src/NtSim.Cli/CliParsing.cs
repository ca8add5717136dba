using System.CommandLine;

namespace NtSim.Cli;

/// <summary>How `ntsim` parses its command line: without response files, because devcon's instance
/// IDs start with '@' (@ROOT\SAMPLE\0000) and must reach the command as they are.</summary>
internal static class CliParsing
{
    internal static ParserConfiguration Configuration => new() { ResponseFileTokenReplacer = null };
}
