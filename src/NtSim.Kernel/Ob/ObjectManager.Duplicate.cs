namespace NtSim;

/// <summary>The source and target processes of a handle duplication (OB_PRE_DUPLICATE_HANDLE_INFORMATION).</summary>
internal readonly record struct DuplicateProcesses(EPROCESS Source, EPROCESS Target);

internal sealed partial class ObjectManager
{
    /// <summary>
    /// ObDuplicateObject: a handle in <paramref name="target"/>'s table to the object
    /// <paramref name="sourceHandle"/> names in <paramref name="source"/>'s table (a pseudo-handle names
    /// the caller's thread or process when the source is the current process). DUPLICATE_SAME_ACCESS keeps
    /// the source's granted access, DUPLICATE_SAME_ATTRIBUTES its OBJ_INHERIT; otherwise the access is
    /// <paramref name="desiredAccess"/> mapped, which from user mode must lie within the source's granted
    /// access (STATUS_ACCESS_DENIED). Process and thread handles go through the OB_OPERATION_HANDLE_DUPLICATE
    /// callbacks. DUPLICATE_CLOSE_SOURCE closes a valid source handle once the duplicate exists, whatever
    /// the status ("regardless of any error status returned": DuplicateHandle); with no target it only closes.
    /// </summary>
    internal NTSTATUS DuplicateHandle(EPROCESS source, HANDLE sourceHandle, EPROCESS? target, uint desiredAccess, uint attributes, uint options,
        KPROCESSOR_MODE mode, KernelModule creator, string? file, int line, out HANDLE targetHandle)
    {
        targetHandle = HANDLE.NULL;
        var current = KTHREAD.Current is { Machine: not null } thread ? thread.ApcStateProcess : null;
        var sourceTable = source == current ? null : source.ObjectTable;
        var status = Wdm.STATUS_SUCCESS;
        var sourceValid = true;
        if (target is not null)
        {
            status = sourceTable is null
                ? ReferenceByHandle(sourceHandle, 0, null, mode, out var header, out var information)
                : ReferenceInTable(sourceTable, sourceHandle, mode, out header, out information);
            sourceValid = Wdm.NT_SUCCESS(status);
            if (sourceValid)
            {
                try
                {
                    status = Duplicate(header!, information, new DuplicateProcesses(source, target), desiredAccess, attributes, options, mode,
                        creator, file, line, out targetHandle);
                }
                finally
                {
                    Dereference(header!);
                }
            }
        }

        if ((options & Wdm.DUPLICATE_CLOSE_SOURCE) != 0 && sourceValid)
        {
            // A handle of another process is closed as that process would close it: no 0x93 for the caller.
            var closed = CloseHandle(sourceHandle, sourceTable is null ? mode : Wdm.UserMode, sourceTable);
            if (target is null)
            {
                status = closed;
            }
        }

        return status;
    }

    private NTSTATUS Duplicate(ObjectHeader header, OBJECT_HANDLE_INFORMATION information, DuplicateProcesses processes, uint desiredAccess, uint attributes,
        uint options, KPROCESSOR_MODE mode, KernelModule creator, string? file, int line, out HANDLE targetHandle)
    {
        targetHandle = HANDLE.NULL;
        var granted = (options & Wdm.DUPLICATE_SAME_ACCESS) != 0 ? information.GrantedAccess : header.Type.MapAccess(desiredAccess);
        if (mode != Wdm.KernelMode && (granted & ~information.GrantedAccess) != 0)
        {
            // NtSim checks a wider access against the source handle only, not against the object's security descriptor.
            return Wdm.STATUS_ACCESS_DENIED;
        }

        var kernelAttribute = mode == Wdm.KernelMode ? Wdm.OBJ_KERNEL_HANDLE : 0;
        var handleAttributes = (options & Wdm.DUPLICATE_SAME_ATTRIBUTES) != 0
            ? information.HandleAttributes & Wdm.OBJ_INHERIT
            : attributes & (Wdm.OBJ_INHERIT | kernelAttribute);
        targetHandle = InsertHandle(header, granted, handleAttributes, processes.Target.ObjectTable, processes, creator, file, line);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>ObReferenceObjectByHandle in another process's table (no pseudo-handles there).</summary>
    private NTSTATUS ReferenceInTable(HandleTable table, HANDLE handle, KPROCESSOR_MODE mode, out ObjectHeader? header, out OBJECT_HANDLE_INFORMATION information)
    {
        header = null;
        information = default;
        if (!HandleTable.TryDecode(handle, mode, out var index, out var kernel))
        {
            return Wdm.STATUS_INVALID_HANDLE;
        }

        lock (_lock)
        {
            var entry = (kernel ? KernelHandleTable : table).Get(index);
            if (entry is null)
            {
                return Wdm.STATUS_INVALID_HANDLE;
            }

            entry.Object.PointerCount++;
            header = entry.Object;
            information.HandleAttributes = entry.Attributes;
            information.GrantedAccess = entry.GrantedAccess;
            return Wdm.STATUS_SUCCESS;
        }
    }
}
