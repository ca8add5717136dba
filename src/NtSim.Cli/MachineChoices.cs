using NtSim.Debugger.Dump;

namespace NtSim.Cli;

/// <summary>What the global options (--verifier, --windows, --checked, --dbgmask, --dbgprint) choose for the
/// machines a command boots. <paramref name="Checked"/> is MachineOptions.Checked: true runs every driver as a
/// checked (DBG) build, null each driver as it was built.</summary>
internal sealed record MachineChoices(VerifierFlags Verifier, WindowsVersion Windows, bool? Checked = null)
{
    /// <summary>verifier /standard on the newest release, drivers as built: what a command boots without the options.</summary>
    internal static MachineChoices Default { get; } = new(VerifierFlags.Standard, WindowsVersion.Newest);

    /// <summary>--dbgmask: Kd_DEFAULT_Mask, set after the Debug Print Filter key is read; null leaves the key's.</summary>
    internal uint? DebugPrintMask { get; init; }

    /// <summary>--dbgprint: where each debug message the filter shows is written as it happens (DebugView's role); null for nowhere.</summary>
    internal TextWriter? DebugPrint { get; init; }

    /// <summary>Kernel debugging as the machine boots with it: ntsim kd boots with a debugger attached, so that a
    /// breakpoint or a failed assertion breaks in instead of bug checking.</summary>
    internal KernelDebugging KernelDebugging { get; init; }

    /// <summary>--crash-dump: the file a bug check writes its dump to; null: the machine folder's, or none in memory.</summary>
    internal string? CrashDumpFile { get; init; }

    /// <summary>Boots a machine with these choices (in <paramref name="folder"/> for a persistent one) and, with
    /// --dbgprint, streams its shown debug messages from the start.</summary>
    internal Machine Boot(int seed, int processors = 2, string? folder = null, bool repair = false)
    {
        var machine = Machine.Boot(new MachineOptions
        {
            Processors = processors, Seed = seed, Folder = folder, RepairRegistry = repair,
            Verifier = Verifier, WindowsVersion = Windows, Checked = Checked, DebugPrintMask = DebugPrintMask,
            KernelDebugging = KernelDebugging,
            CrashDumpWriter = new CrashDumpWriter(), CrashDumpFile = CrashDumpFile,
        });
        Stream(machine);
        return machine;
    }

    /// <summary>With --dbgprint: each message the filter shows is written, as it happens, as "DbgPrint: TEXT".</summary>
    internal void Stream(Machine machine)
    {
        if (DebugPrint is { } writer)
        {
            machine.DebugOutput.Shown += message => writer.WriteLine(DebugPrintLine(message));
        }
    }

    /// <summary>One streamed debug message: "DbgPrint: TEXT", its line ending trimmed.</summary>
    internal static string DebugPrintLine(DebugMessage message) => $"DbgPrint: {message.Text.TrimEnd('\n', '\r')}";
}
