namespace NtSim;

/// <summary>NtDuplicateObject once entered (ZwDuplicateObject, kernel32's DuplicateHandle): the source and
/// target process handles, each needing PROCESS_DUP_HANDLE, resolved to their processes, then
/// <see cref="ObjectManager.DuplicateHandle"/>.</summary>
internal static class HandleDuplication
{
    internal static NTSTATUS Duplicate(KTHREAD thread, HANDLE sourceProcessHandle, HANDLE sourceHandle, HANDLE targetProcessHandle, uint desiredAccess,
        uint attributes, uint options, KPROCESSOR_MODE mode, string? file, int line, out HANDLE targetHandle)
    {
        targetHandle = HANDLE.NULL;
        if ((options & ~(Wdm.DUPLICATE_CLOSE_SOURCE | Wdm.DUPLICATE_SAME_ACCESS | Wdm.DUPLICATE_SAME_ATTRIBUTES)) != 0)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var objects = thread.Machine.ObjectManager;
        var status = objects.ReferenceByHandle(sourceProcessHandle, Wdm.PROCESS_DUP_HANDLE, ObjectTypes.Process, mode, out var sourceHeader, out _);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        ObjectHeader? targetHeader = null;
        try
        {
            if (!targetProcessHandle.IsNull)
            {
                status = objects.ReferenceByHandle(targetProcessHandle, Wdm.PROCESS_DUP_HANDLE, ObjectTypes.Process, mode, out targetHeader, out _);
                if (!Wdm.NT_SUCCESS(status))
                {
                    return status;
                }
            }

            return objects.DuplicateHandle((EPROCESS)sourceHeader!.Body, sourceHandle, (EPROCESS?)targetHeader?.Body, desiredAccess, attributes, options, mode,
                thread.CurrentModule, file, line, out targetHandle);
        }
        finally
        {
            objects.Dereference(sourceHeader!);
            if (targetHeader is not null)
            {
                objects.Dereference(targetHeader);
            }
        }
    }
}
