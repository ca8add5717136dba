namespace NtSim;

/// <summary>
/// What the machine writes at a bug check: the values of
/// <c>HKLM\SYSTEM\CurrentControlSet\Control\CrashControl\CrashDumpEnabled</c> ("Varieties of Kernel-Mode Dump
/// Files", WDK). NtSim has no user memory worth keeping in a dump, so a complete and an automatic dump are
/// written as a kernel memory dump. docs/crash-dumps.md.
/// </summary>
public enum CrashDumpType
{
    /// <summary>0: no dump.</summary>
    None = 0,

    /// <summary>1: complete memory dump (written as a kernel memory dump: NtSim keeps no user pages in it).</summary>
    Complete = 1,

    /// <summary>2: kernel memory dump, <c>%SystemRoot%\MEMORY.DMP</c> (overwritten at each crash).</summary>
    Kernel = 2,

    /// <summary>3: small memory dump (a minidump), <c>%SystemRoot%\Minidump\MMDDYY-NN.dmp</c> (one per crash).</summary>
    Small = 3,

    /// <summary>7: automatic memory dump, Windows' default (written as a kernel memory dump).</summary>
    Automatic = 7,
}
