namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// RtlQueryRegistryValues: queries several values of the key at <paramref name="Path"/> (relative to
    /// <paramref name="RelativeTo"/>) in one call, as the <paramref name="QueryTable"/> entries say:
    /// a named value goes to the entry's QueryRoutine, or with RTL_QUERY_REGISTRY_DIRECT straight into
    /// its EntryContext (see <see cref="RTL_QUERY_REGISTRY_TABLE"/>); a missing value takes the entry's
    /// default (DefaultType not REG_NONE), is skipped, or with RTL_QUERY_REGISTRY_REQUIRED ends the
    /// query with STATUS_OBJECT_NAME_NOT_FOUND. An entry without a name calls its routine for every
    /// value of the key. RTL_QUERY_REGISTRY_SUBKEY moves to a subkey, TOPKEY back;
    /// RTL_QUERY_REGISTRY_DELETE deletes each value after it is queried. REG_EXPAND_SZ values are
    /// expanded and REG_MULTI_SZ values are passed one string at a time unless RTL_QUERY_REGISTRY_NOEXPAND.
    /// <paramref name="Environment"/>, if given, is an <c>IReadOnlyDictionary&lt;string, string&gt;</c> of
    /// variables for the expansion; without one (a system thread has no environment block) %NAME%
    /// stays as it is. PASSIVE_LEVEL only (no DDI rule of its own: reported as 0xC4/0xE6).
    /// </summary>
    public static NTSTATUS RtlQueryRegistryValues(uint RelativeTo, string? Path, RTL_QUERY_REGISTRY_TABLE?[] QueryTable, object? Context,
        object? Environment)
    {
        var thread = DdiGate.Enter(DdiTable.RtlQueryRegistryValues);
        return RtlQueryValues(thread, RelativeTo, Path, HANDLE.NULL, QueryTable, Context, Environment);
    }

    /// <summary>RtlQueryRegistryValues with RTL_REGISTRY_HANDLE: <paramref name="Path"/> is an open key handle.</summary>
    public static NTSTATUS RtlQueryRegistryValues(uint RelativeTo, HANDLE Path, RTL_QUERY_REGISTRY_TABLE?[] QueryTable, object? Context,
        object? Environment)
    {
        var thread = DdiGate.Enter(DdiTable.RtlQueryRegistryValues);
        return RtlQueryValues(thread, RelativeTo, null, Path, QueryTable, Context, Environment);
    }

    private static NTSTATUS RtlQueryValues(KTHREAD thread, uint relativeTo, string? path, HANDLE handle, RTL_QUERY_REGISTRY_TABLE?[] table,
        object? context, object? environment)
    {
        KeContext.NotNull(table, "QueryTable", nameof(RtlQueryRegistryValues));
        var status = RtlOpenKey(thread, relativeTo, path, handle, writeAccess: false, nameof(RtlQueryRegistryValues), out var key);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        var objects = thread.Machine.ObjectManager;
        try
        {
            return new RtlRegistryQuery(thread, key!, context, environment).Run(table);
        }
        finally
        {
            objects.Dereference(key!);
        }
    }
}
