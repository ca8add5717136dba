using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>ZwCreateDirectoryObject: a directory object in the namespace (or unnamed), and a handle to it.</summary>
    public static NTSTATUS ZwCreateDirectoryObject(out HANDLE DirectoryHandle, uint DesiredAccess, in OBJECT_ATTRIBUTES ObjectAttributes,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        CreateNamedObject(out DirectoryHandle, ObjectTypes.Directory, new ObjectDirectory(), DesiredAccess, ObjectAttributes, file, line, DdiTable.ZwCreateDirectoryObject);

    /// <summary>ZwOpenDirectoryObject: a handle to an existing directory object.</summary>
    public static NTSTATUS ZwOpenDirectoryObject(out HANDLE DirectoryHandle, uint DesiredAccess, in OBJECT_ATTRIBUTES ObjectAttributes,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        OpenNamedObject(out DirectoryHandle, ObjectTypes.Directory, DesiredAccess, ObjectAttributes, file, line, DdiTable.ZwOpenDirectoryObject);

    /// <summary>ZwCreateSymbolicLinkObject: a symbolic link to <paramref name="LinkTarget"/>, and a handle
    /// to it. The link keeps the target's Length and MaximumLength and its MaximumLength bytes, no NUL
    /// added (NtCreateSymbolicLinkObject copies the captured string whole).</summary>
    public static NTSTATUS ZwCreateSymbolicLinkObject(out HANDLE LinkHandle, uint DesiredAccess, in OBJECT_ATTRIBUTES ObjectAttributes,
        in UNICODE_STRING LinkTarget, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ZwCreateSymbolicLinkObject);
        RequireWellFormed(thread, LinkTarget, nameof(ZwCreateSymbolicLinkObject), nameof(LinkTarget));
        var buffer = LinkTarget.Buffer.Span[..(LinkTarget.MaximumLength / 2)].ToArray();
        var link = new SymbolicLinkObject(LinkTarget.ToString(), buffer, thread.Machine.ObjectManager.SystemTime);
        return CreateNamedObject(out LinkHandle, ObjectTypes.SymbolicLink, link, DesiredAccess, ObjectAttributes, file, line, DdiTable.ZwCreateSymbolicLinkObject);
    }

    /// <summary>ZwOpenSymbolicLinkObject: a handle to the link itself (the last component is not followed).</summary>
    public static NTSTATUS ZwOpenSymbolicLinkObject(out HANDLE LinkHandle, uint DesiredAccess, in OBJECT_ATTRIBUTES ObjectAttributes,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        OpenNamedObject(out LinkHandle, ObjectTypes.SymbolicLink, DesiredAccess, ObjectAttributes, file, line, DdiTable.ZwOpenSymbolicLinkObject);

    /// <summary>ZwQuerySymbolicLinkObject: copies the link's target into <paramref name="LinkTarget"/>'s
    /// buffer. <paramref name="ReturnedLength"/> receives the stored target's MaximumLength (whether or
    /// not the buffer was big enough), and the copy is of those MaximumLength bytes; with
    /// ReturnedLength NULL only Length bytes are needed and copied, with no NUL. Too small:
    /// STATUS_BUFFER_TOO_SMALL.</summary>
    public static NTSTATUS ZwQuerySymbolicLinkObject(HANDLE LinkHandle, ref UNICODE_STRING LinkTarget, out uint ReturnedLength) =>
        QuerySymbolicLink(LinkHandle, ref LinkTarget, out ReturnedLength, wantLength: true);

    /// <summary>ZwQuerySymbolicLinkObject with ReturnedLength NULL.</summary>
    public static NTSTATUS ZwQuerySymbolicLinkObject(HANDLE LinkHandle, ref UNICODE_STRING LinkTarget) =>
        QuerySymbolicLink(LinkHandle, ref LinkTarget, out _, wantLength: false);

    /// <summary>ZwMakeTemporaryObject: ObMakeTemporaryObject on the object a handle names (a
    /// permanent object's name then goes with its last handle).</summary>
    public static NTSTATUS ZwMakeTemporaryObject(HANDLE Handle)
    {
        var thread = DdiGate.Enter(DdiTable.ZwMakeTemporaryObject);
        var objects = thread.Machine.ObjectManager;
        var status = objects.ReferenceByHandle(Handle, DELETE, null, KernelMode, out var header, out _);
        if (NT_SUCCESS(status))
        {
            objects.MakeTemporary(header!);
            objects.Dereference(header!);
        }

        return status;
    }

    private static NTSTATUS CreateNamedObject(out HANDLE handle, OBJECT_TYPE type, IObjectBody body, uint desiredAccess,
        in OBJECT_ATTRIBUTES attributes, string file, int line, Ddi ddi)
    {
        var thread = DdiGate.Enter(ddi);
        var objects = thread.Machine.ObjectManager;
        handle = HANDLE.NULL;
        var status = objects.Capture(attributes, KernelMode, ddi.Name, out var name);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            var header = objects.CreateObject(type, body, thread.CurrentModule, file, line);
            status = objects.InsertObject(header, name, desiredAccess, createHandle: true, keepReference: false, thread.CurrentModule, file, line, out handle, out _);
        }
        finally
        {
            objects.Release(name);
        }

        DdiGate.Leave(thread, ddi);
        return status;
    }

    private static NTSTATUS OpenNamedObject(out HANDLE handle, OBJECT_TYPE type, uint desiredAccess, in OBJECT_ATTRIBUTES attributes,
        string file, int line, Ddi ddi)
    {
        var thread = DdiGate.Enter(ddi);
        var status = thread.Machine.ObjectManager.OpenObjectByName(attributes, type, desiredAccess, KernelMode, null, thread.CurrentModule, file, line,
            ddi.Name, out handle);
        DdiGate.Leave(thread, ddi);
        return status;
    }

    private static NTSTATUS QuerySymbolicLink(HANDLE linkHandle, ref UNICODE_STRING linkTarget, out uint returnedLength, bool wantLength)
    {
        var thread = DdiGate.Enter(DdiTable.ZwQuerySymbolicLinkObject);
        returnedLength = 0;
        var objects = thread.Machine.ObjectManager;
        var status = objects.ReferenceByHandle(linkHandle, SYMBOLIC_LINK_QUERY, ObjectTypes.SymbolicLink, KernelMode, out var header, out _);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            if (linkTarget.MaximumLength > linkTarget.Buffer.Length * 2)
            {
                // The output string's Length is ignored; its buffer must hold MaximumLength bytes (0xC4/0xE4).
                thread.Machine.RaiseBugCheck(DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE4, 0, 0, 0,
                    $"ZwQuerySymbolicLinkObject: LinkTarget.MaximumLength {linkTarget.MaximumLength} exceeds its buffer of {linkTarget.Buffer.Length} characters");
            }

            // NtQuerySymbolicLinkObject: with a ReturnedLength it copies MaximumLength bytes, without one Length bytes.
            var link = (SymbolicLinkObject)header!.Body;
            var used = wantLength ? link.Buffer.Length : link.Target.Length;
            returnedLength = link.MaximumLength;
            if (used * 2 > linkTarget.MaximumLength)
            {
                return STATUS_BUFFER_TOO_SMALL;
            }

            link.Buffer.AsSpan(0, used).CopyTo(linkTarget.Buffer.Span);
            linkTarget.Length = (ushort)(link.Target.Length * 2);
            return STATUS_SUCCESS;
        }
        finally
        {
            objects.Dereference(header!);
        }
    }

    /// <summary>A UNICODE_STRING passed to a Zw routine must be well formed (Driver Verifier: 0xC4/0xE4).</summary>
    private static void RequireWellFormed(KTHREAD thread, in UNICODE_STRING value, string ddi, string argument)
    {
        if (value.Malformation is { } why)
        {
            // 0xC4/0xE4: P2 the call, P3 the string; neither has an address here.
            thread.Machine.RaiseBugCheck(DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE4, 0, 0, 0, $"{ddi}: {argument} is a malformed UNICODE_STRING: {why}");
        }
    }
}
