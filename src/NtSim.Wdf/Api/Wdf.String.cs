namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfStringCreate: a string object holding a copy of <paramref name="UnicodeString"/>
    /// (empty when NULL), parented to the driver unless the attributes say otherwise.</summary>
    public static NTSTATUS WdfStringCreate(UNICODE_STRING? UnicodeString, WDF_OBJECT_ATTRIBUTES? StringAttributes, out WDFSTRING String)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfStringCreate);
        String = default;
        var created = new FxString(FxClient.Globals(thread, StringAttributes, nameof(WdfStringCreate)));
        var status = created.Commit(thread, StringAttributes);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        created.Assign(UnicodeString?.ToString() ?? string.Empty);
        String = new WDFSTRING(created);
        return status;
    }

    /// <summary>WdfStringGetUnicodeString: the UNICODE_STRING the object holds (valid while the object lives). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfStringGetUnicodeString(WDFSTRING String, out UNICODE_STRING UnicodeString)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfStringGetUnicodeString);
        UnicodeString = FxHandles.Resolve<FxString>(thread, String.Target, FxObjectType.String, nameof(WdfStringGetUnicodeString)).UnicodeString;
    }
}
