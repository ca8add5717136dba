namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// IoAllocateDriverObjectExtension: a per-driver context area of type <typeparamref name="TExtension"/>
    /// (zeroed, as a new object is), found again by <paramref name="ClientIdentificationAddress"/> with
    /// IoGetDriverObjectExtension. STATUS_OBJECT_NAME_COLLISION when that identifier has one already.
    /// The extension lives as long as the driver object.
    /// </summary>
    public static NTSTATUS IoAllocateDriverObjectExtension<TExtension>(DRIVER_OBJECT DriverObject, object ClientIdentificationAddress,
        out TExtension? DriverObjectExtension)
        where TExtension : class, new()
    {
        DdiGate.Enter(DdiTable.IoAllocateDriverObjectExtension);
        KeContext.NotNull(DriverObject, nameof(DriverObject));
        KeContext.NotNull(ClientIdentificationAddress, nameof(ClientIdentificationAddress));
        DriverObjectExtension = DriverObject.ClientExtensions.Allocate<TExtension>(ClientIdentificationAddress);
        return DriverObjectExtension is null ? STATUS_OBJECT_NAME_COLLISION : STATUS_SUCCESS;
    }

    /// <summary>IoGetDriverObjectExtension: the context area allocated under <paramref name="ClientIdentificationAddress"/>,
    /// or NULL (also when it is not a <typeparamref name="TExtension"/>).</summary>
    public static TExtension? IoGetDriverObjectExtension<TExtension>(DRIVER_OBJECT DriverObject, object ClientIdentificationAddress)
        where TExtension : class
    {
        DdiGate.Enter(DdiTable.IoGetDriverObjectExtension);
        KeContext.NotNull(DriverObject, nameof(DriverObject));
        return DriverObject.ClientExtensions.Get(KeContext.NotNull(ClientIdentificationAddress, nameof(ClientIdentificationAddress))) as TExtension;
    }
}
