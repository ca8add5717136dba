using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// The machine's crash dump settings and the dump written at its first bug check. The settings are read at
/// boot from <c>HKLM\SYSTEM\CurrentControlSet\Control\CrashControl</c> (CrashDumpEnabled, DumpFile, MinidumpDir),
/// as Windows reads them at boot, unless <see cref="MachineOptions"/> fixes the type or the file. A dump is
/// written when a writer is configured and the machine has a place for it: its folder, or
/// <see cref="MachineOptions.CrashDumpFile"/>. docs/crash-dumps.md.
/// </summary>
[DebuggerDisplay("{Type} -> {LastDump ?? \"(none)\",nq}")]
public sealed class CrashDumps
{
    internal const string KeyPath = @"\Registry\Machine\SYSTEM\CurrentControlSet\Control\CrashControl";

    private readonly Machine _machine;
    private readonly string _dumpFile;
    private readonly string _minidumpDir;

    internal CrashDumps(Machine machine)
    {
        _machine = machine;
        var registry = machine.Registry;
        var enabled = registry.GetValue(KeyPath, "CrashDumpEnabled") is { Type: Wdm.REG_DWORD } value ? (CrashDumpType)value.Dword : CrashDumpType.Automatic;
        Type = machine.Options.CrashDumpType ?? (Enum.IsDefined(enabled) ? enabled : CrashDumpType.Automatic);
        _dumpFile = registry.GetValue(KeyPath, "DumpFile")?.String ?? @"%SystemRoot%\MEMORY.DMP";
        _minidumpDir = registry.GetValue(KeyPath, "MinidumpDir")?.String ?? @"%SystemRoot%\Minidump";
    }

    /// <summary>What a bug check writes (CrashDumpEnabled, or the machine's options).</summary>
    public CrashDumpType Type { get; }

    /// <summary>The dump file the bug check wrote, or null.</summary>
    public string? LastDump { get; private set; }

    /// <summary>Why no dump was written at the bug check (no writer, no place, the writer failed), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>Writes the dump of the bug check that just happened, if the settings ask for one. Never throws:
    /// a failure is kept in <see cref="Problem"/> (a crash dump is best effort on Windows too).</summary>
    internal void WriteAtBugCheck(BugCheckCallbacks? callbacks, KTHREAD? thread, BugCheckInfo bugCheck)
    {
        if (Type == CrashDumpType.None)
        {
            return;
        }

        if (_machine.Options.CrashDumpWriter is not { } writer)
        {
            Problem = "no crash dump writer is configured (MachineOptions.CrashDumpWriter)";
            return;
        }

        if (PathForThisCrash() is not { } path)
        {
            Problem = "the machine lives in memory and MachineOptions.CrashDumpFile names no file";
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var type = Type == CrashDumpType.Small ? CrashDumpType.Small : CrashDumpType.Kernel;
            writer.Write(_machine, Request(type, path, callbacks, thread, bugCheck));
            if (callbacks is not null && thread is not null)
            {
                callbacks.RunDumpIo(thread, [], KBUGCHECK_DUMP_IO_TYPE.KbDumpIoComplete);
            }

            LastDump = path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            Problem = $"writing {path} failed: {e.Message}";
        }
    }

    // KbCallbackAddPages runs for a kernel (or complete) dump only, KbCallbackTriageDumpData for a small one ("carved
    // minidump"), both before the file is written; the others as it is written. No thread (a host bug check): no routines.
    private static CrashDumpRequest Request(CrashDumpType type, string path, BugCheckCallbacks? callbacks, KTHREAD? thread, BugCheckInfo bugCheck)
    {
        if (callbacks is null || thread is null)
        {
            return new CrashDumpRequest(type, path, [], [], () => [], (_, _) => { });
        }

        var pages = type == CrashDumpType.Kernel ? callbacks.RunAddPages(thread, bugCheck.Code) : [];
        var blocks = type == CrashDumpType.Small ? callbacks.RunTriageDumpData(thread, bugCheck) : [];
        return new CrashDumpRequest(type, path, pages, blocks, () => callbacks.RunSecondaryData(thread), (data, kind) => callbacks.RunDumpIo(thread, data, kind));
    }

    private string? PathForThisCrash()
    {
        if (_machine.Options.CrashDumpFile is { } file)
        {
            return Path.GetFullPath(file);
        }

        if (_machine.Options.Folder is null)
        {
            return null;
        }

        if (Type != CrashDumpType.Small)
        {
            return HostPath(_dumpFile);
        }

        // A small dump is kept per crash: MMDDYY-NN.dmp, NN counting the day's dumps (Minidump folder naming, WDK).
        var folder = HostPath(_minidumpDir);
        var day = DateTime.FromFileTimeUtc(_machine.SystemTimeAtBoot + _machine.InterruptTime).ToString("MMddyy", CultureInfo.InvariantCulture);
        for (var n = 1; ; n++)
        {
            var candidate = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{day}-{n:00}.dmp"));
            if (!File.Exists(candidate))
            {
                return candidate;
            }
        }
    }

    // %SystemRoot%\X (or C:\Windows\X) to the host folder that plays C:\Windows.
    private string HostPath(string windowsPath)
    {
        var rest = windowsPath;
        foreach (var prefix in new[] { "%SystemRoot%\\", @"C:\Windows\", @"\SystemRoot\" })
        {
            if (rest.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[prefix.Length..];
                return Path.Combine(_machine.SystemRoot, rest.Replace('\\', Path.DirectorySeparatorChar));
            }
        }

        return Path.Combine(_machine.SystemRoot, Path.GetFileName(rest.Replace('\\', Path.DirectorySeparatorChar)));
    }
}
