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
        HelpName = "mask",
        Description = "Debug print filter mask of component DEFAULT (DbgPrint, KdPrint), e.g. 0xF to show every level; decimal or 0x hex.",
        Recursive = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (!TryParseMask(text, out var mask))
            {
                result.AddError($"--dbgmask takes a 32-bit mask such as 0xF or 15 (got '{text}').");
                return null;
            }

            return mask;
        },
    };

    /// <summary>`--verifier FLAGS`: the Driver Verifier options of the machines the command boots, as
    /// `verifier /flags` takes them (0x209BB), or `standard` (the default) or `none`.</summary>
    internal static readonly Option<VerifierFlags?> Verifier = new("--verifier")
    {
        // Not the enum's member names: help would list all fifteen and pad every option's column to their width.
        HelpName = "flags",
        Description = "Driver Verifier options of the machine, as verifier /flags takes them (e.g. 0x8 pool tracking; decimal or 0x hex), "
            + "or 'standard' (0x209BB, the default) or 'none' (Windows without Driver Verifier).",
        Recursive = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (!TryParseVerifier(text, out var flags))
            {
                result.AddError($"--verifier takes verifier /flags bits such as 0x209BB or 8, 'standard' or 'none' (got '{text}').");
                return null;
            }

            if (VerifierOptions.Unknown(flags) is { } unknown)
            {
                result.AddError($"--verifier {text}: NtSim does not know the bits {unknown}; it knows {VerifierOptions.Describe(VerifierOptions.Known)}.");
                return null;
            }

            return flags;
        },
    };

    /// <summary>`--windows RELEASE`: the Windows release the machines the command boots run (10-1909,
    /// 11-24h2, 7-sp1 ...; MachineOptions.WindowsVersion), the newest by default.</summary>
    internal static readonly Option<WindowsVersion?> Windows = new("--windows")
    {
        HelpName = "release",
        Description = "Windows release of the machine, e.g. 10-1909, 11-24h2 or 7-sp1 (the default is the newest, 11-24h2).",
        Recursive = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (!TryParseWindows(text, out var version))
            {
                result.AddError($"--windows takes a release NtSim knows (got '{text}'): {string.Join(", ", NtSim.WindowsVersion.All.Select(ReleaseName))}.");
                return null;
            }

            return version;
        },
    };

    /// <summary>`--checked [true|false]`: every driver the machine loads runs as a checked (DBG) build, or
    /// with false as a free one, whatever configuration it was built in: in a checked build ASSERT, NT_ASSERT
    /// and KdBreakPoint are active (docs/asserts.md). Absent: each driver as it was built.</summary>
    internal static readonly Option<bool> Checked = new("--checked")
    {
        Description = "Run every driver as a checked (DBG) build, where ASSERT, NT_ASSERT and KdBreakPoint are active; '--checked false' runs every driver as a free build. Without it, each driver as it was built (Debug is checked, Release free).",
        Recursive = true,
    };

    /// <summary>`--dbgprint`: the debug messages the filter lets through (DbgPrint, KdPrint, DbgPrintEx) are
    /// printed as they happen, "DbgPrint: TEXT", as DebugView shows them; the filter is the machine's
    /// (its Debug Print Filter key, then --dbgmask).</summary>
    internal static readonly Option<bool> DebugPrint = new("--dbgprint")
    {
        Description = "Print DbgPrint/KdPrint messages as they happen (as DebugView shows them), as far as the debug print filter lets them through: "
            + "the machine's Debug Print Filter key (ntsim dbgview), then --dbgmask.",
        Recursive = true,
    };

    /// <summary>`--crash-dump FILE`: where a bug check writes its crash dump (`ntsim kd -z FILE` opens it). A persistent
    /// machine writes one without it, as its CrashControl key says (MEMORY.DMP or Minidump\ in the machine folder).</summary>
    internal static readonly Option<string?> CrashDump = new("--crash-dump")
    {
        HelpName = "FILE",
        Description = "Write the crash dump of a bug check to FILE (open it with ntsim kd -z FILE); a --machine folder gets one in Windows\\MEMORY.DMP without it.",
        Recursive = true,
    };

    /// <summary>Adds the global options to the root command.</summary>
    internal static void AddTo(RootCommand root)
    {
        root.Options.Add(DebugPrintMask);
        root.Options.Add(DebugPrint);
        root.Options.Add(Verifier);
        root.Options.Add(Windows);
        root.Options.Add(Checked);
        root.Options.Add(CrashDump);
    }

    /// <summary>What the global options choose for the machines a command boots.</summary>
    internal static MachineChoices Choices(ParseResult result) =>
        new(result.GetValue(Verifier) ?? NtSim.VerifierFlags.Standard, result.GetValue(Windows) ?? NtSim.WindowsVersion.Newest,
            result.GetResult(Checked) is { Implicit: false } ? result.GetValue(Checked) : null)
        {
            DebugPrintMask = result.GetValue(DebugPrintMask),
            DebugPrint = result.GetValue(DebugPrint) ? result.InvocationConfiguration.Output : null,
            CrashDumpFile = result.GetValue(CrashDump),
        };

    /// <summary>A release as --windows spells it: "Windows 10 1909" is 10-1909, "Windows 8.1" is 8.1.</summary>
    internal static string ReleaseName(WindowsVersion version) =>
        version.Name["Windows ".Length..].Replace(' ', '-').ToLowerInvariant();

    /// <summary>A release by its --windows name, with or without separators and a "windows" prefix
    /// (10-1909, 10_1909, 101909, "Windows 11 24H2").</summary>
    internal static bool TryParseWindows(string text, out WindowsVersion version)
    {
        var wanted = Compact(text);
        if (wanted.StartsWith("windows", StringComparison.Ordinal))
        {
            wanted = wanted["windows".Length..];
        }

        version = NtSim.WindowsVersion.All.FirstOrDefault(v => Compact(ReleaseName(v)) == wanted)!;
        return version is not null;
    }

    private static string Compact(string text) =>
        new([.. text.ToLowerInvariant().Where(c => c is not (' ' or '-' or '_'))]);

    /// <summary>The verifier options the command line asked for: <c>verifier /standard</c> unless --verifier says otherwise.</summary>
    internal static VerifierFlags VerifierFlags(ParseResult result) => Choices(result).Verifier;

    /// <summary>When --verifier was given: one line on <paramref name="error"/> naming the options it asked
    /// for that NtSim does not simulate (or simulates in part), so that none is accepted silently.</summary>
    internal static void ReportVerifier(ParseResult result, TextWriter error)
    {
        if (result.GetValue(Verifier) is not { } flags)
        {
            return;
        }

        var missing = VerifierOptions.With(flags, VerifierOptionSupport.NotSimulated);
        var partly = VerifierOptions.With(flags, VerifierOptionSupport.Partly);
        if (missing == NtSim.VerifierFlags.None && partly == NtSim.VerifierFlags.None)
        {
            return;
        }

        var parts = new List<string>();
        if (missing != NtSim.VerifierFlags.None)
        {
            parts.Add($"not simulated: {VerifierOptions.Describe(missing)}");
        }

        if (partly != NtSim.VerifierFlags.None)
        {
            parts.Add($"simulated in part: {VerifierOptions.Describe(partly)}");
        }

        error.WriteLine($"ntsim: verifier {string.Join("; ", parts)} (docs/verifier.md)");
    }

    /// <summary>A 32-bit mask, decimal or 0x hex (15, 0xF).</summary>
    internal static bool TryParseMask(string text, out uint mask) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? uint.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out mask)
            : uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out mask);

    internal static bool TryParseVerifier(string text, out VerifierFlags flags)
    {
        flags = NtSim.VerifierFlags.None;
        if (text.Equals("standard", StringComparison.OrdinalIgnoreCase))
        {
            flags = NtSim.VerifierFlags.Standard;
            return true;
        }

        if (text.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var ok = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? uint.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
            : uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        flags = (VerifierFlags)value;
        return ok;
    }
}
