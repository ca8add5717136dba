using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Io;

/// <summary>ZwQueryInformationFile and ZwSetInformationFile on a device's file: the classes the I/O manager
/// answers, the ones it sends to the driver, and the statuses for bad buffers and classes.</summary>
public sealed class ZwFileInformationTests
{
    [Fact]
    public void ZwQueryInformationFile_FileStandardInformation_IsTheDriversAnswer()
    {
        using var machine = Start();
        NTSTATUS status = STATUS_UNSUCCESSFUL;
        ulong information = 0;
        FILE_STANDARD_INFORMATION answer = default;
        Completed(machine, machine.Run(() =>
        {
            var handle = Open(FILE_SYNCHRONOUS_IO_NONALERT);
            var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 32, TAG("Info"));
            var iosb = new IO_STATUS_BLOCK();
            status = ZwQueryInformationFile(handle, iosb, buffer, 32, FileStandardInformation);
            information = iosb.Information;
            answer = buffer.Read<FILE_STANDARD_INFORMATION>();
            ExFreePool(buffer);
            ZwClose(handle);
        }));

        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal(24UL, information);
        Assert.Equal(0x1234, answer.EndOfFile.QuadPart);
        Assert.Equal(0x2000, answer.AllocationSize.QuadPart);
        Assert.Equal(1u, answer.NumberOfLinks);
        Assert.False(answer.Directory);
        Assert.Contains("query 5 32", InfoDriver.Seen);
    }

    [Fact]
    public void ZwSetInformationFile_EndOfFile_GoesToTheDriver_PositionStaysWithTheIoManager()
    {
        using var machine = Start();
        NTSTATUS setEnd = STATUS_UNSUCCESSFUL, setPosition = STATUS_UNSUCCESSFUL, misaligned = STATUS_SUCCESS, query = STATUS_UNSUCCESSFUL;
        long position = 0;
        uint mode = 0, alignment = 99;
        Completed(machine, machine.Run(() =>
        {
            var handle = Open(FILE_SYNCHRONOUS_IO_NONALERT);
            var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, TAG("Info"));
            var iosb = new IO_STATUS_BLOCK();
            buffer.Write(new FILE_END_OF_FILE_INFORMATION { EndOfFile = 0x777 });
            setEnd = ZwSetInformationFile(handle, iosb, buffer, 8, FileEndOfFileInformation);
            buffer.Write(new FILE_POSITION_INFORMATION { CurrentByteOffset = 0x200 });
            setPosition = ZwSetInformationFile(handle, iosb, buffer, 8, FilePositionInformation);
            buffer.Write(new FILE_POSITION_INFORMATION { CurrentByteOffset = 0x201 });
            misaligned = ZwSetInformationFile(handle, iosb, buffer, 8, FilePositionInformation);
            query = ZwQueryInformationFile(handle, iosb, buffer, 8, FilePositionInformation);
            position = buffer.Read<FILE_POSITION_INFORMATION>().CurrentByteOffset.QuadPart;
            ZwQueryInformationFile(handle, iosb, buffer, 4, FileModeInformation);
            mode = buffer.Read<uint>();
            ZwQueryInformationFile(handle, iosb, buffer, 4, FileAlignmentInformation);
            alignment = buffer.Read<uint>();
            ExFreePool(buffer);
            ZwClose(handle);
        }));

        Assert.Equal(STATUS_SUCCESS, setEnd);
        Assert.Contains("set 20 8 eof 0x777", InfoDriver.Seen);
        Assert.Equal(STATUS_SUCCESS, setPosition);
        Assert.Equal(STATUS_INVALID_PARAMETER, misaligned);   // the device wants FILE_LONG_ALIGNMENT
        Assert.Equal(STATUS_SUCCESS, query);
        Assert.Equal(0x200, position);
        Assert.Equal(FILE_SYNCHRONOUS_IO_NONALERT, mode);
        Assert.Equal(FILE_LONG_ALIGNMENT, alignment);
        Assert.DoesNotContain(InfoDriver.Seen, s => s.StartsWith("query 14", StringComparison.Ordinal) || s.StartsWith("set 14", StringComparison.Ordinal));
    }

    [Fact]
    public void ZwQueryInformationFile_PositionOfAnAsynchronousFile_GoesToTheDriver()
    {
        using var machine = Start();
        NTSTATUS status = STATUS_SUCCESS;
        Completed(machine, machine.Run(() =>
        {
            var handle = Open(0);
            var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, TAG("Info"));
            status = ZwQueryInformationFile(handle, new IO_STATUS_BLOCK(), buffer, 8, FilePositionInformation);
            ExFreePool(buffer);
            ZwClose(handle);
        }));

        // The driver answers only FileStandardInformation.
        Assert.Equal(STATUS_INVALID_PARAMETER, status);
        Assert.Contains("query 14 8", InfoDriver.Seen);
    }

    [Fact]
    public void ZwQueryInformationFile_ShortBuffer_Or_UnknownClass_FailsBeforeTheDriver()
    {
        using var machine = Start();
        NTSTATUS shortBuffer = STATUS_SUCCESS, unknown = STATUS_SUCCESS, setUnknown = STATUS_SUCCESS;
        Completed(machine, machine.Run(() =>
        {
            var handle = Open(FILE_SYNCHRONOUS_IO_NONALERT);
            var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, TAG("Info"));
            shortBuffer = ZwQueryInformationFile(handle, new IO_STATUS_BLOCK(), buffer, 23, FileStandardInformation);
            unknown = ZwQueryInformationFile(handle, new IO_STATUS_BLOCK(), buffer, 64, FileDirectoryInformation);
            setUnknown = ZwSetInformationFile(handle, new IO_STATUS_BLOCK(), buffer, 64, FileStandardInformation);
            ExFreePool(buffer);
            ZwClose(handle);
        }));

        Assert.Equal(STATUS_INFO_LENGTH_MISMATCH, shortBuffer);
        Assert.Equal(STATUS_INVALID_INFO_CLASS, unknown);
        Assert.Equal(STATUS_INVALID_INFO_CLASS, setUnknown);
        Assert.DoesNotContain(InfoDriver.Seen, s => s.StartsWith("query", StringComparison.Ordinal) || s.StartsWith("set", StringComparison.Ordinal));
    }

    [Fact]
    public void ZwQueryInformationFile_AtApcLevel_BugChecksIrqlZwPassive()
    {
        using var machine = Start();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(APC_LEVEL, out _);
            ZwQueryInformationFile(HANDLE.NULL, new IO_STATUS_BLOCK(), PVOID.NULL, 0, FileStandardInformation);
        });

        // 0xC4/0x2001F: DDI compliance rule IrqlZwPassive (P2 to P4 0 here).
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x2001F, 0, 0, 0);
    }

    private static Machine Start()
    {
        var machine = Boot();
        InfoDriver.Seen.Clear();
        machine.Services.Install<InfoDriver>("InfoDev");
        Completed(machine, machine.Services.Start("InfoDev"));
        return machine;
    }

    private static HANDLE Open(uint options)
    {
        InitializeObjectAttributes(out var attributes, new UNICODE_STRING(@"\Device\InfoDev"), OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, HANDLE.NULL, null);
        Assert.Equal(STATUS_SUCCESS, ZwCreateFile(out var handle, GENERIC_READ | GENERIC_WRITE, attributes, new IO_STATUS_BLOCK(), null, 0, 0, FILE_OPEN, options, null, 0));
        return handle;
    }

    public sealed class InfoDriver : IDriver
    {
        internal static List<string> Seen { get; } = [];

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = d => IoDeleteDevice(d.DeviceObject!);
            DriverObject.MajorFunction[IRP_MJ_CREATE] = Complete;
            DriverObject.MajorFunction[IRP_MJ_CLEANUP] = Complete;
            DriverObject.MajorFunction[IRP_MJ_CLOSE] = Complete;
            DriverObject.MajorFunction[IRP_MJ_QUERY_INFORMATION] = Query;
            DriverObject.MajorFunction[IRP_MJ_SET_INFORMATION] = Set;
            var status = IoCreateDevice(DriverObject, 0, @"\Device\InfoDev", FILE_DEVICE_UNKNOWN, 0, false, out var device);
            device!.Flags |= DO_BUFFERED_IO;
            device.AlignmentRequirement = FILE_LONG_ALIGNMENT;
            return status;
        }

        private static NTSTATUS Complete(DEVICE_OBJECT device, IRP irp)
        {
            irp.IoStatus.Status = STATUS_SUCCESS;
            IoCompleteRequest(irp, IO_NO_INCREMENT);
            return STATUS_SUCCESS;
        }

        private static NTSTATUS Query(DEVICE_OBJECT device, IRP irp)
        {
            var stack = IoGetCurrentIrpStackLocation(irp);
            Seen.Add($"query {(int)stack.Parameters.QueryFile.FileInformationClass} {stack.Parameters.QueryFile.Length}");
            var status = STATUS_INVALID_PARAMETER;
            if (stack.Parameters.QueryFile.FileInformationClass == FileStandardInformation)
            {
                irp.AssociatedIrp.SystemBuffer.Write(new FILE_STANDARD_INFORMATION { AllocationSize = 0x2000, EndOfFile = 0x1234, NumberOfLinks = 1 });
                irp.IoStatus.Information = 24;
                status = STATUS_SUCCESS;
            }

            irp.IoStatus.Status = status;
            IoCompleteRequest(irp, IO_NO_INCREMENT);
            return status;
        }

        private static NTSTATUS Set(DEVICE_OBJECT device, IRP irp)
        {
            var stack = IoGetCurrentIrpStackLocation(irp);
            var eof = irp.AssociatedIrp.SystemBuffer.Read<FILE_END_OF_FILE_INFORMATION>().EndOfFile.QuadPart;
            Seen.Add($"set {(int)stack.Parameters.SetFile.FileInformationClass} {stack.Parameters.SetFile.Length} eof 0x{eof:x}");
            irp.IoStatus.Status = STATUS_SUCCESS;
            IoCompleteRequest(irp, IO_NO_INCREMENT);
            return STATUS_SUCCESS;
        }
    }
}
