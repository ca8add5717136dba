using System.Diagnostics;

namespace NtSim;

internal sealed partial class ObjectManager
{
    /// <summary>
    /// ObpCreateHandle: a handle to the object, with a pointer reference of its own, in the kernel
    /// handle table (OBJ_KERNEL_HANDLE: the value has the kernel bits set) or in the current
    /// process's table. The granted access is <paramref name="desiredAccess"/> with GENERIC_* rights
    /// mapped; access is not checked against a security descriptor yet.
    /// </summary>
    internal HANDLE CreateHandle(ObjectHeader header, uint desiredAccess, uint attributes, KernelModule creator, string? file, int line) =>
        InsertHandle(header, header.Type.MapAccess(desiredAccess), attributes, null, null, creator, file, line);

    /// <summary>A handle with <paramref name="granted"/> (less what ObRegisterCallbacks routines strip) in
    /// the kernel handle table, <paramref name="processTable"/>, or the current process's table; a
    /// duplication (<paramref name="duplicate"/>) is OB_OPERATION_HANDLE_DUPLICATE to the callbacks.</summary>
    private HANDLE InsertHandle(ObjectHeader header, uint granted, uint attributes, HandleTable? processTable, DuplicateProcesses? duplicate,
        KernelModule creator, string? file, int line)
    {
        var kernel = (attributes & Wdm.OBJ_KERNEL_HANDLE) != 0;
        var intercepted = ObjectCallbacks.PreOperation(_machine, header, ref granted, kernel, duplicate);   // ObRegisterCallbacks (process, thread)
        HANDLE handle;
        lock (_lock)
        {
            Debug.Assert(header.PointerCount > 0 && !header.Deleted, "a handle is opened to a live, referenced object");
            var table = kernel ? KernelHandleTable : processTable ?? CurrentProcessTable();
            var index = table.Add(new HandleEntry(header, granted, attributes & Wdm.OBJ_INHERIT, creator, file, line));
            header.PointerCount++;
            header.HandleCount++;
            TypeObject(header.Type).HandleOpened();
            handle = HandleTable.Encode(index, kernel);
        }

        intercepted?.Post(Wdm.STATUS_SUCCESS, granted);
        return handle;
    }

    /// <summary>ObOpenObjectByPointer: a handle to an object the caller holds a reference to.</summary>
    internal NTSTATUS OpenObjectByPointer(ObjectHeader header, uint attributes, uint desiredAccess, OBJECT_TYPE? type,
        KernelModule creator, string? file, int line, out HANDLE handle)
    {
        handle = HANDLE.NULL;
        if (type is not null && header.Type != type)
        {
            return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
        }

        handle = CreateHandle(header, desiredAccess, attributes, creator, file, line);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>
    /// NtClose. An invalid handle, or one protected from close, closed with previous mode
    /// KernelMode bug checks INVALID_KERNEL_HANDLE (0x93: P1 the handle, P2 1 invalid / 0 protected),
    /// as the 0x93 page documents for kernel code; from user mode the ZwClose statuses come back
    /// (STATUS_INVALID_HANDLE, STATUS_HANDLE_NOT_CLOSABLE). The last handle of a temporary object
    /// takes its name away; the handle's reference goes last.
    /// </summary>
    internal NTSTATUS CloseHandle(HANDLE handle, KPROCESSOR_MODE previousMode) => CloseHandle(handle, previousMode, null);

    /// <summary>NtClose in <paramref name="processTable"/> (another process's table: DUPLICATE_CLOSE_SOURCE),
    /// or the current process's when null.</summary>
    internal NTSTATUS CloseHandle(HANDLE handle, KPROCESSOR_MODE previousMode, HandleTable? processTable)
    {
        HandleEntry? entry = null;
        var isPseudo = (long)handle.Value is >= -6 and <= -1;
        var protectedHandle = false;
        long remaining = 0;
        ObjectHeader? parent = null;
        if (!isPseudo && HandleTable.TryDecode(handle, previousMode, out var index, out var kernel))
        {
            lock (_lock)
            {
                var table = kernel ? KernelHandleTable : processTable ?? CurrentProcessTable();
                entry = table.Get(index);
                if (entry is not null && entry.ProtectFromClose)
                {
                    protectedHandle = true;
                }
                else if (entry is not null)
                {
                    table.Remove(index);
                    var header = entry.Object;
                    remaining = --header.HandleCount;
                    TypeObject(header.Type).HandleClosed();
                    if (remaining == 0 && !header.Permanent)
                    {
                        // ObpDeleteNameCheck: a temporary object loses its name with its last handle.
                        parent = RemoveName(header);
                    }
                }
            }
        }

        if (entry is null || protectedHandle)
        {
            // Pseudo-handles (NtCurrentThread()...) are in no table: closing one fails without a bug check.
            if (previousMode == Wdm.KernelMode && !isPseudo)
            {
                _machine.RaiseBugCheck(Wdm.INVALID_KERNEL_HANDLE, handle.Value, protectedHandle ? 0UL : 1UL, 0, 0, protectedHandle
                    ? $"ZwClose({handle}): the handle is protected from close ({entry!.Object.Describe()})"
                    : $"ZwClose({handle}): not an open handle");
            }

            return protectedHandle ? Wdm.STATUS_HANDLE_NOT_CLOSABLE : Wdm.STATUS_INVALID_HANDLE;
        }

        entry.Object.Body.OnHandleClosed(entry.Object, remaining);
        DropName(entry.Object, parent);
        Dereference(entry.Object);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>
    /// ObReferenceObjectByHandle: the object a handle names, referenced. The type is checked first
    /// (STATUS_OBJECT_TYPE_MISMATCH), then, for UserMode only, the desired access against the access
    /// the handle was granted (STATUS_ACCESS_DENIED); kernel mode skips the access check. A kernel
    /// handle names nothing from user mode (STATUS_INVALID_HANDLE). NtCurrentThread() and
    /// NtCurrentProcess() name the caller's thread and process.
    /// </summary>
    internal NTSTATUS ReferenceByHandle(HANDLE handle, uint desiredAccess, OBJECT_TYPE? type, KPROCESSOR_MODE accessMode,
        out ObjectHeader? header, out OBJECT_HANDLE_INFORMATION information)
    {
        header = null;
        information = default;
        if (handle == Wdm.NtCurrentThread() || handle == Wdm.NtCurrentProcess())
        {
            var thread = KTHREAD.Current;
            if (thread is null)
            {
                return Wdm.STATUS_INVALID_HANDLE;
            }

            var pseudo = handle == Wdm.NtCurrentThread() ? AdoptThread(thread) : HeaderOf(_machine.CurrentProcess(thread));
            if (type is not null && pseudo.Type != type)
            {
                return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
            }

            Reference(pseudo);
            header = pseudo;
            information.GrantedAccess = pseudo.Type.GenericMapping.All;
            return Wdm.STATUS_SUCCESS;
        }

        if (!HandleTable.TryDecode(handle, accessMode, out var index, out var kernel))
        {
            return Wdm.STATUS_INVALID_HANDLE;
        }

        lock (_lock)
        {
            var entry = (kernel ? KernelHandleTable : CurrentProcessTable()).Get(index);
            if (entry is null)
            {
                return Wdm.STATUS_INVALID_HANDLE;
            }

            if (type is not null && entry.Object.Type != type)
            {
                return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
            }

            if (accessMode != Wdm.KernelMode && (desiredAccess & ~entry.GrantedAccess) != 0)
            {
                return Wdm.STATUS_ACCESS_DENIED;
            }

            // The handle holds a reference, so the count is not zero.
            entry.Object.PointerCount++;
            header = entry.Object;
            information.HandleAttributes = entry.Attributes;
            information.GrantedAccess = entry.GrantedAccess;
            return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>ObSetHandleAttributes' ProtectFromClose: whether ZwClose may close the handle.</summary>
    internal NTSTATUS SetProtectFromClose(HANDLE handle, bool protect, KPROCESSOR_MODE mode)
    {
        if (!HandleTable.TryDecode(handle, mode, out var index, out var kernel))
        {
            return Wdm.STATUS_INVALID_HANDLE;
        }

        lock (_lock)
        {
            var entry = (kernel ? KernelHandleTable : CurrentProcessTable()).Get(index);
            if (entry is null)
            {
                return Wdm.STATUS_INVALID_HANDLE;
            }

            entry.Attributes = protect ? entry.Attributes | HandleTable.OBJ_PROTECT_CLOSE : entry.Attributes & ~HandleTable.OBJ_PROTECT_CLOSE;
            return Wdm.STATUS_SUCCESS;
        }
    }

    /// <summary>The open handles of the kernel handle table (tracking, leak reports, <c>!handle</c>).</summary>
    internal IReadOnlyList<(HANDLE Handle, HandleEntry Entry)> KernelHandles()
    {
        lock (_lock)
        {
            return [.. KernelHandleTable.Entries.Select(e => (HandleTable.Encode(e.Index, true), e.Entry))];
        }
    }

    /// <summary>The table a handle without the kernel bits names: the current process's. Every thread
    /// runs in the System process until user processes come, and the System process's table is the
    /// kernel handle table. Lock held.</summary>
    /// <summary>The handle table of the current process (PsGetCurrentProcess: the process the thread
    /// is attached to, if any); the System process's table is the kernel handle table.</summary>
    private HandleTable CurrentProcessTable() => KTHREAD.Current is { Machine: not null } thread ? thread.ApcStateProcess.ObjectTable : KernelHandleTable;
}
