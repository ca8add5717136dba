namespace NtSim;

internal sealed partial class FxRequest
{
    /// <summary>WdfRequestGetParameters: copies the stack location's parameters.</summary>
    internal void FillParameters(WDF_REQUEST_PARAMETERS parameters)
    {
        if (Stack is not { } stack)
        {
            return;
        }

        parameters.MinorFunction = stack.MinorFunction;
        parameters.Type = (WDF_REQUEST_TYPE)stack.MajorFunction;
        var p = parameters.Parameters;
        switch (stack.MajorFunction)
        {
            case Wdm.IRP_MJ_CREATE:
                p.Create = new WDF_REQUEST_PARAMETERS_CREATE
                {
                    DesiredAccess = stack.Parameters.Create.DesiredAccess,
                    Options = stack.Parameters.Create.Options,
                    FileAttributes = stack.Parameters.Create.FileAttributes,
                    ShareAccess = stack.Parameters.Create.ShareAccess,
                    EaLength = stack.Parameters.Create.EaLength,
                };
                break;
            case Wdm.IRP_MJ_READ:
                p.Read = ReadWrite(stack.Parameters.Read);
                break;
            case Wdm.IRP_MJ_WRITE:
                p.Write = ReadWrite(stack.Parameters.Write);
                break;
            case Wdm.IRP_MJ_DEVICE_CONTROL:
            case Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL:
                p.DeviceIoControl = new WDF_REQUEST_PARAMETERS_IOCTL
                {
                    OutputBufferLength = stack.Parameters.DeviceIoControl.OutputBufferLength,
                    InputBufferLength = stack.Parameters.DeviceIoControl.InputBufferLength,
                    IoControlCode = stack.Parameters.DeviceIoControl.IoControlCode,
                    Type3InputBuffer = stack.Parameters.DeviceIoControl.Type3InputBuffer,
                };
                break;
        }
    }

    private static WDF_REQUEST_PARAMETERS_READ_WRITE ReadWrite(IO_STACK_PARAMETERS.ReadWriteParameters parameters) => new()
    {
        Length = parameters.Length,
        Key = parameters.Key,
        DeviceOffset = parameters.ByteOffset.QuadPart,
    };

    /// <summary>Whether the driver may complete the request now; if not, the framework says why and the call does nothing.</summary>
    internal bool CanComplete(KTHREAD thread, string ddi)
    {
        if (IsDriverCreated)
        {
            // A request the driver created is deleted or reused, never completed (WdfRequestCreate).
            FxVerifierBreak.Report(thread, Globals, $"{ddi}: WDFREQUEST 0x{Handle:x} was created by the driver; delete it (WdfObjectDelete) instead");
            return false;
        }

        if (RequestState is FxRequestState.Completed or FxRequestState.Free || Irp is null)
        {
            // VerifyRequestIsNotCompleted (fxrequest.cpp).
            FxVerifierBreak.Report(thread, Globals, $"WDFREQUEST 0x{Handle:x} is already completed, {NtNames.Format(Wdm.STATUS_INTERNAL_ERROR)}");
            return false;
        }

        return true;
    }

    /// <summary>Per-life state a request starts again from when it wraps a new IRP.</summary>
    partial void ResetLifeState();

    private void ResetRequestState() => ResetLifeState();
}
