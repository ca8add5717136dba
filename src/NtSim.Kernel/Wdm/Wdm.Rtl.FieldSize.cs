using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>RTL_FIELD_SIZE (ntdef.h macro): the size in bytes of a field of an unmanaged record.</summary>
    public static int RTL_FIELD_SIZE<TRecord, TField>(RecordField<TRecord, TField> Field)
        where TRecord : unmanaged
    {
        ArgumentNullException.ThrowIfNull(Field);
        return Unsafe.SizeOf<TField>();
    }

    /// <summary>RTL_SIZEOF_THROUGH_FIELD (ntdef.h macro): the bytes of a record up to the end of
    /// <paramref name="Field"/>, what a versioned structure's size check compares a caller's length with.</summary>
    public static int RTL_SIZEOF_THROUGH_FIELD<TRecord, TField>(RecordField<TRecord, TField> Field)
        where TRecord : unmanaged => FIELD_OFFSET(Field) + RTL_FIELD_SIZE(Field);

    /// <summary>RTL_CONTAINS_FIELD (ntdef.h macro): whether a record of <paramref name="Size"/> bytes
    /// reaches to the end of <paramref name="Field"/>.</summary>
    public static bool RTL_CONTAINS_FIELD<TRecord, TField>(int Size, RecordField<TRecord, TField> Field)
        where TRecord : unmanaged => RTL_SIZEOF_THROUGH_FIELD(Field) <= Size;
}
