namespace NtSim;

internal sealed partial class ObjectManager
{
    /// <summary>What IoCreateSymbolicLink does: a permanent symbolic link named
    /// <paramref name="linkName"/> (case-insensitive, as every name) to <paramref name="target"/>.</summary>
    internal NTSTATUS CreateSymbolicLink(string linkName, string target, KernelModule creator, string? file, int line)
    {
        var header = CreateObject(ObjectTypes.SymbolicLink, new SymbolicLinkObject(target, SystemTime), creator, file, line);
        var name = new CapturedName(null, linkName, Wdm.OBJ_PERMANENT | Wdm.OBJ_CASE_INSENSITIVE | Wdm.OBJ_KERNEL_HANDLE);
        return InsertObject(header, name, Wdm.SYMBOLIC_LINK_ALL_ACCESS, createHandle: false, keepReference: false, creator, file, line, out _, out _);
    }

    /// <summary>What IoDeleteSymbolicLink does: opens the link itself, makes it temporary, and lets
    /// go, so that its name disappears.</summary>
    internal NTSTATUS DeleteSymbolicLink(string linkName)
    {
        var name = new CapturedName(null, linkName, Wdm.OBJ_CASE_INSENSITIVE | Wdm.OBJ_KERNEL_HANDLE);
        var status = OpenObjectByName(name, ObjectTypes.SymbolicLink, 0, Wdm.KernelMode, null, out var link);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        MakeTemporary(link!);
        Dereference(link!);
        return Wdm.STATUS_SUCCESS;
    }
}
