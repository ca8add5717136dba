namespace NtSim;

public sealed partial class Machine
{
    /// <summary>The object manager: namespace, objects, handles.</summary>
    internal ObjectManager ObjectManager { get; }

    /// <summary>PsInitialSystemProcess: the System process, whose handle table is the kernel handle table.</summary>
    internal EPROCESS SystemProcess { get; }

    /// <summary>The object namespace under <paramref name="path"/> as text, one object a line, with
    /// link targets and counts (WinObj's view; the debugger prints <c>!object</c> itself).</summary>
    public string DumpObjectNamespace(string path = "\\", bool recursive = true) => ObjectManager.Dump(path, recursive);

    /// <summary>The names in an object directory, e.g. <c>ListObjectDirectory(@"\Device")</c>.</summary>
    public IReadOnlyList<string> ListObjectDirectory(string path) => [.. ObjectManager.ListDirectory(path).Select(e => e.Name)];

    /// <summary>The process a thread runs in now (ApcState.Process): its own, or the one it is attached to.</summary>
    internal EPROCESS CurrentProcess(KTHREAD thread) => thread.ApcStateProcess;
}
