using System.Diagnostics;

namespace NtSim;

/// <summary>
/// RTL_QUERY_REGISTRY_ROUTINE (PRTL_QUERY_REGISTRY_ROUTINE): called by RtlQueryRegistryValues for a
/// value (or a table entry's default) with its name (null for RTL_QUERY_REGISTRY_NOVALUE), type and
/// data; <paramref name="ValueLength"/> is the data's length (strings count their NUL). Returning an
/// error stops the query and becomes its status (STATUS_BUFFER_TOO_SMALL is ignored, as on Windows).
/// </summary>
public delegate NTSTATUS RTL_QUERY_REGISTRY_ROUTINE(string? ValueName, uint ValueType, ReadOnlySpan<byte> ValueData, uint ValueLength,
    object? Context, object? EntryContext);

/// <summary>
/// RTL_QUERY_REGISTRY_TABLE: one entry of an RtlQueryRegistryValues table. The table ends at an entry
/// with neither a QueryRoutine nor RTL_QUERY_REGISTRY_SUBKEY/DIRECT (<c>new()</c>), or at the end of the array.
/// With RTL_QUERY_REGISTRY_DIRECT, <see cref="EntryContext"/> receives the value, as in C:
/// <list type="bullet">
/// <item>REG_SZ, REG_EXPAND_SZ (expanded unless NOEXPAND): a <c>StrongBox&lt;UNICODE_STRING&gt;</c>; an empty
/// Buffer gets a new one of the value's size, a given Buffer must hold the value with its NUL (else nothing
/// is written and the query still succeeds, as on Windows); Length excludes the NUL.</item>
/// <item>REG_MULTI_SZ: with NOEXPAND, one <c>StrongBox&lt;UNICODE_STRING&gt;</c> for the whole list; without,
/// a <c>UNICODE_STRING[]</c> that receives one string an element.</item>
/// <item>data of 4 bytes or fewer (REG_DWORD): a <c>StrongBox&lt;uint&gt;</c> or <c>StrongBox&lt;int&gt;</c>
/// (the bytes of the value replace its low bytes), or a PVOID to pool memory.</item>
/// <item>longer data: a PVOID or a <c>byte[]</c> that starts with a LONG: negative, its magnitude is the
/// buffer size and the data goes at the start; positive, it is the buffer size and the buffer receives
/// the length, the type, then the data. NtSim also takes a <c>StrongBox&lt;ulong&gt;</c> or
/// <c>StrongBox&lt;long&gt;</c> for data of up to 8 bytes (REG_QWORD).</item>
/// </list>
/// A value whose type does not fit the target is STATUS_OBJECT_TYPE_MISMATCH (what Windows 8's
/// RTL_QUERY_REGISTRY_TYPECHECK returns; without it Windows would overwrite the caller's memory).
/// <see cref="DefaultData"/> is a <c>string</c> (REG_SZ, REG_EXPAND_SZ; for REG_MULTI_SZ the strings
/// separated by NULs), a <c>uint</c>, <c>int</c>, <c>ulong</c>, <c>long</c>, a <c>byte[]</c>, or a PVOID with
/// <see cref="DefaultLength"/> bytes; a DefaultLength of 0 means the whole string (or array, or number).
/// </summary>
[DebuggerDisplay("{Name,nq} flags={Flags}")]
public sealed class RTL_QUERY_REGISTRY_TABLE
{
    /// <summary>The routine called for the value (or for each string of a REG_MULTI_SZ); not used with RTL_QUERY_REGISTRY_DIRECT.</summary>
    public RTL_QUERY_REGISTRY_ROUTINE? QueryRoutine;
    /// <summary>RTL_QUERY_REGISTRY_* flags for this entry.</summary>
    public uint Flags;
    /// <summary>The value's name, or the subkey's with RTL_QUERY_REGISTRY_SUBKEY; null to enumerate all the values of the key.</summary>
    public string? Name;
    /// <summary>Passed to QueryRoutine; with RTL_QUERY_REGISTRY_DIRECT, where the value is stored.</summary>
    public object? EntryContext;
    /// <summary>The type of the default data used when the value is missing; REG_NONE for no default.</summary>
    public uint DefaultType;
    /// <summary>The data used when the value is missing.</summary>
    public object? DefaultData;
    /// <summary>The length of DefaultData in bytes; 0 for the whole string, array or number.</summary>
    public uint DefaultLength;
}
