using System.Text;

namespace NtSim;

/// <summary>
/// NtQueryObject: what a handle says about its object, written into the caller's buffer as the
/// documented structures (PUBLIC_OBJECT_BASIC_INFORMATION, OBJECT_NAME_INFORMATION,
/// PUBLIC_OBJECT_TYPE_INFORMATION). A buffer too small for the answer is STATUS_INFO_LENGTH_MISMATCH
/// with the size needed in the return length, as ObQueryNameString answers; an unknown class is
/// STATUS_INVALID_INFO_CLASS. No access right is needed beyond an open handle.
/// </summary>
internal static class ObjectQuery
{
    /// <summary>sizeof(PUBLIC_OBJECT_BASIC_INFORMATION): four ULONGs and ULONG Reserved[10].</summary>
    internal const uint BasicSize = 56;

    /// <summary>sizeof(OBJECT_NAME_INFORMATION) on x64: a UNICODE_STRING, the name following it.</summary>
    internal const uint NameSize = 16;

    /// <summary>sizeof(PUBLIC_OBJECT_TYPE_INFORMATION) on x64: a UNICODE_STRING and ULONG Reserved[22].</summary>
    internal const uint TypeSize = 16 + 22 * 4;

    internal static NTSTATUS Query(KTHREAD thread, HANDLE handle, OBJECT_INFORMATION_CLASS informationClass, PVOID buffer, uint length,
        out uint returnLength)
    {
        returnLength = 0;
        if (informationClass is not (Wdm.ObjectBasicInformation or Wdm.ObjectNameInformation or Wdm.ObjectTypeInformation))
        {
            return Wdm.STATUS_INVALID_INFO_CLASS;
        }

        var objects = thread.Machine.ObjectManager;
        var status = objects.ReferenceByHandle(handle, 0, null, thread.PreviousMode, out var header, out var information);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            return informationClass switch
            {
                Wdm.ObjectBasicInformation => WriteBasic(header!, information, buffer, length, out returnLength),
                Wdm.ObjectNameInformation => WriteString(objects.QueryName(header!) ?? "", NameSize, buffer, length, out returnLength),
                _ => WriteString(header!.Type.Name, TypeSize, buffer, length, out returnLength),
            };
        }
        finally
        {
            objects.Dereference(header!);
        }
    }

    private static NTSTATUS WriteBasic(ObjectHeader header, OBJECT_HANDLE_INFORMATION information, PVOID buffer, uint length, out uint returnLength)
    {
        returnLength = BasicSize;
        if (length < BasicSize)
        {
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        buffer.AsSpan((int)BasicSize).Clear();
        buffer.Write(new PUBLIC_OBJECT_BASIC_INFORMATION
        {
            // The handle's attributes (OBJ_INHERIT; OBJ_PROTECT_CLOSE as bit 0) and the object's OBJ_PERMANENT.
            Attributes = information.HandleAttributes | (header.Permanent ? Wdm.OBJ_PERMANENT : 0),
            GrantedAccess = information.GrantedAccess,
            HandleCount = (uint)header.HandleCount,

            // Not counting the reference this query holds.
            PointerCount = (uint)(header.PointerCount - 1),
        });
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>A UNICODE_STRING at the start of a <paramref name="fixedSize"/>-byte structure, its text
    /// (NUL-terminated) right after the structure; an empty string has a NULL Buffer.</summary>
    private static NTSTATUS WriteString(string text, uint fixedSize, PVOID buffer, uint length, out uint returnLength)
    {
        var bytes = Encoding.Unicode.GetBytes(text);
        returnLength = fixedSize + (text.Length == 0 ? 0u : (uint)bytes.Length + sizeof(char));
        if (length < returnLength)
        {
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        buffer.AsSpan((int)fixedSize).Clear();
        var textAddress = text.Length == 0 ? PVOID.NULL : buffer + (long)fixedSize;
        buffer.Write((ushort)bytes.Length);
        (buffer + 2L).Write((ushort)(text.Length == 0 ? 0 : bytes.Length + sizeof(char)));
        (buffer + 8L).Write(textAddress.Address);
        if (text.Length != 0)
        {
            bytes.CopyTo(textAddress.AsSpan(bytes.Length));
            (textAddress + (long)bytes.Length).Write((ushort)0);
        }

        return Wdm.STATUS_SUCCESS;
    }
}
