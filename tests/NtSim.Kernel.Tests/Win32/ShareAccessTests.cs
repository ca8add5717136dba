using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Tests.Win32Api;

public sealed class ShareAccessTests
{
    /// <summary>A driver that enforces share modes with IoCheckShareAccess in its create and
    /// IoRemoveShareAccess in its cleanup, as a file system does.</summary>
    private static void LoadSharingDriver()
    {
        var share = new SHARE_ACCESS();
        Io.IoTestDriver.LoadWithDevice("Shared", driver =>
        {
            driver.MajorFunction[IRP_MJ_CREATE] = (device, irp) =>
            {
                var stack = IoGetCurrentIrpStackLocation(irp);
                var create = stack.Parameters.Create;
                var status = share.OpenCount == 0 ? STATUS_SUCCESS : IoCheckShareAccess(create.DesiredAccess, create.ShareAccess, stack.FileObject!, share, true);
                if (share.OpenCount == 0)
                {
                    IoSetShareAccess(create.DesiredAccess, create.ShareAccess, stack.FileObject!, share);
                }

                irp.IoStatus.Status = status;
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                return status;
            };
            driver.MajorFunction[IRP_MJ_CLEANUP] = (device, irp) =>
            {
                IoRemoveShareAccess(IoGetCurrentIrpStackLocation(irp).FileObject!, share);
                irp.IoStatus.Status = STATUS_SUCCESS;
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                return STATUS_SUCCESS;
            };
            driver.MajorFunction[IRP_MJ_CLOSE] = (device, irp) =>
            {
                irp.IoStatus.Status = STATUS_SUCCESS;
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                return STATUS_SUCCESS;
            };
        });
        IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Shared"), new UNICODE_STRING(@"\Device\Shared"));
    }

    [Fact]
    public void IoCheckShareAccess_SecondOpenWithoutSharing_SharingViolation()
    {
        using var machine = Boot();
        Completed(machine, machine.Run(LoadSharingDriver));
        uint error = 0;
        bool sharedOk = false, afterClose = false;
        var app = machine.StartProcess("share", args =>
        {
            var first = CreateFile(@"\\.\Shared", GENERIC_READ, FILE_SHARE_READ, null, OPEN_EXISTING, 0, default);
            var second = CreateFile(@"\\.\Shared", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, null, OPEN_EXISTING, 0, default);
            error = GetLastError();
            var reader = CreateFile(@"\\.\Shared", GENERIC_READ, FILE_SHARE_READ, null, OPEN_EXISTING, 0, default);
            sharedOk = reader != INVALID_HANDLE_VALUE;
            CloseHandle(first);
            CloseHandle(reader);
            var writer = CreateFile(@"\\.\Shared", GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            afterClose = writer != INVALID_HANDLE_VALUE;
            CloseHandle(writer);
            return second == INVALID_HANDLE_VALUE ? 0 : 1;
        });

        Completed(machine, app.WaitForExit());
        Assert.Equal(0, app.ExitCode);
        Assert.Equal(ERROR_SHARING_VIOLATION, error);
        Assert.True(sharedOk);
        Assert.True(afterClose);
    }
}
