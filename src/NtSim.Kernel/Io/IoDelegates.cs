namespace NtSim;

/// <summary>DRIVER_INITIALIZE: DriverEntry.</summary>
public delegate NTSTATUS DRIVER_INITIALIZE(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath);

/// <summary>DRIVER_DISPATCH: a dispatch routine, one per IRP_MJ_* code.</summary>
public delegate NTSTATUS DRIVER_DISPATCH(DEVICE_OBJECT DeviceObject, IRP Irp);

/// <summary>DRIVER_UNLOAD: called before the driver's image goes away.</summary>
public delegate void DRIVER_UNLOAD(DRIVER_OBJECT DriverObject);

/// <summary>DRIVER_STARTIO: starts the next IRP of the device queue.</summary>
public delegate void DRIVER_STARTIO(DEVICE_OBJECT DeviceObject, IRP Irp);

/// <summary>DRIVER_ADD_DEVICE: PnP hands the driver a physical device object.</summary>
public delegate NTSTATUS DRIVER_ADD_DEVICE(DRIVER_OBJECT DriverObject, DEVICE_OBJECT PhysicalDeviceObject);

/// <summary>IO_COMPLETION_ROUTINE: called as an IRP is completed past the level that set it.</summary>
public delegate NTSTATUS IO_COMPLETION_ROUTINE(DEVICE_OBJECT? DeviceObject, IRP Irp, object? Context);

/// <summary>DRIVER_CANCEL: a cancel routine, called with the cancel spin lock held.</summary>
public delegate void DRIVER_CANCEL(DEVICE_OBJECT DeviceObject, IRP Irp);
