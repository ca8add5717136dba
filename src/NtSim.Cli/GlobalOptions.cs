using System.CommandLine;
using System.Globalization;

namespace NtSim.Cli;

/// <summary>Options every `ntsim` command takes, before or after its name.</summary>
internal static class GlobalOptions
{
    /// <summary>`--dbgmask MASK`: Kd_DEFAULT_Mask of the machines the command boots (what DbgPrint and
    /// KdPrint need to be shown: 0xF shows every level), as `ed nt!Kd_DEFAULT_Mask` sets it.</summary>
    internal static readonly Option<uint?> DebugPrintMask = new("--dbgmask")
    {
        Description = "Debug print filter mask of component DEFAULT (DbgPrint, KdPrint), e.g. 0xF to show every level; decimal or 0x hex.",
        Recursive = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            var ok = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                ? uint.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var mask)
                : uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out mask);
            if (!ok)
            {
                result.AddError($"--dbgmask takes a 32-bit mask such as 0xF or 15 (got '{text}').");
                return null;
            }

            return mask;
        },
    };

    /// <summary>Adds the global options to the root command.</summary>
    internal static void AddTo(RootCommand root) => root.Options.Add(DebugPrintMask);
}
