using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>OBJECT_INFORMATION_CLASS (ntifs.h): what ZwQueryObject returns. Values are <c>Wdm.Object*Information</c>.</summary>
public enum OBJECT_INFORMATION_CLASS { }

/// <summary>PUBLIC_OBJECT_BASIC_INFORMATION (winternl.h/ntifs.h): the handle's attributes and granted
/// access and the object's counts; 56 bytes with its ULONG Reserved[10] (left zero).</summary>
[StructLayout(LayoutKind.Sequential, Size = 56)]
public struct PUBLIC_OBJECT_BASIC_INFORMATION
{
    /// <summary>The handle's attributes (OBJ_INHERIT, OBJ_PROTECT_CLOSE ...).</summary>
    public uint Attributes;
    /// <summary>The access the handle grants.</summary>
    public uint GrantedAccess;
    /// <summary>The number of handles open to the object.</summary>
    public uint HandleCount;
    /// <summary>The number of references to the object.</summary>
    public uint PointerCount;
}

public static partial class Wdm
{
    /// <summary>PUBLIC_OBJECT_BASIC_INFORMATION: the handle's attributes and access and the object's counts.</summary>
    public const OBJECT_INFORMATION_CLASS ObjectBasicInformation = 0;
    /// <summary>OBJECT_NAME_INFORMATION: the object's name.</summary>
    public const OBJECT_INFORMATION_CLASS ObjectNameInformation = (OBJECT_INFORMATION_CLASS)1;
    /// <summary>PUBLIC_OBJECT_TYPE_INFORMATION: the name of the object's type.</summary>
    public const OBJECT_INFORMATION_CLASS ObjectTypeInformation = (OBJECT_INFORMATION_CLASS)2;

    /// <summary>
    /// ZwQueryObject: ObjectBasicInformation (a PUBLIC_OBJECT_BASIC_INFORMATION), ObjectNameInformation
    /// (an OBJECT_NAME_INFORMATION, the full name after it; an empty name for an unnamed object) or
    /// ObjectTypeInformation (a PUBLIC_OBJECT_TYPE_INFORMATION, the type name after it). A short buffer is
    /// STATUS_INFO_LENGTH_MISMATCH with the size needed in <paramref name="ReturnLength"/>; a bad handle
    /// STATUS_INVALID_HANDLE; another class STATUS_INVALID_INFO_CLASS. PASSIVE_LEVEL only.
    /// </summary>
    public static NTSTATUS ZwQueryObject(HANDLE Handle, OBJECT_INFORMATION_CLASS ObjectInformationClass, PVOID ObjectInformation,
        uint ObjectInformationLength, out uint ReturnLength)
    {
        var thread = DdiGate.Enter(DdiTable.ZwQueryObject);
        using (PreviousModeScope.Kernel(thread))
        {
            return ObjectQuery.Query(thread, Handle, ObjectInformationClass, ObjectInformation, ObjectInformationLength, out ReturnLength);
        }
    }
}
