using System.Text;
using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Ps;

/// <summary>ZwOpenProcess and ZwQueryInformationProcess.</summary>
public sealed class ZwProcessTests
{
    [Fact]
    public void ZwOpenProcess_ByClientId_GivesAHandle_ThatZwQueryInformationProcessReads()
    {
        using var machine = Boot();
        var viewer = EPROCESS.CreateUser(machine, "viewer.exe");
        NTSTATUS open = STATUS_UNSUCCESSFUL, basic = STATUS_UNSUCCESSFUL, image = STATUS_UNSUCCESSFUL;
        PROCESS_BASIC_INFORMATION info = default;
        uint basicLength = 0, imageLength = 0;
        string name = "";
        Completed(machine, machine.Run(() =>
        {
            InitializeObjectAttributes(out var attributes, null, OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            open = ZwOpenProcess(out var handle, PROCESS_ALL_ACCESS, attributes, new CLIENT_ID { UniqueProcess = viewer.UniqueProcessId });
            var buffer = ExAllocatePool2(POOL_FLAG_PAGED, 128, TAG("Proc"));
            basic = ZwQueryInformationProcess(handle, ProcessBasicInformation, buffer, 48, out basicLength);
            info = buffer.Read<PROCESS_BASIC_INFORMATION>();
            image = ZwQueryInformationProcess(handle, ProcessImageFileName, buffer, 128, out imageLength);
            var text = new PVOID((buffer + 8L).Read<ulong>());
            name = Encoding.Unicode.GetString(text.AsReadOnlySpan(buffer.Read<ushort>()));
            ExFreePool(buffer);
            ZwClose(handle);
        }));

        Assert.Equal(STATUS_SUCCESS, open);
        Assert.Equal(STATUS_SUCCESS, basic);
        Assert.Equal(48u, basicLength);
        Assert.Equal(viewer.UniqueProcessId.Value, info.UniqueProcessId);
        Assert.Equal(STATUS_PENDING, info.ExitStatus);
        Assert.Equal(3UL, info.AffinityMask);   // two processors
        Assert.Equal(4UL, info.InheritedFromUniqueProcessId);
        Assert.Equal(STATUS_SUCCESS, image);
        Assert.Equal(16u + 20 + 2, imageLength);
        Assert.Equal("viewer.exe", name);
    }

    [Fact]
    public void ZwOpenProcess_BadClientIdOrNameMix_GivesTheDocumentedStatuses()
    {
        using var machine = Boot();
        var viewer = EPROCESS.CreateUser(machine, "viewer.exe");
        NTSTATUS unknown = STATUS_SUCCESS, both = STATUS_SUCCESS, neither = STATUS_SUCCESS, foreignThread = STATUS_SUCCESS;
        Completed(machine, machine.Run(() =>
        {
            InitializeObjectAttributes(out var plain, null, OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            InitializeObjectAttributes(out var named, new UNICODE_STRING(@"\viewer"), OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            unknown = ZwOpenProcess(out _, PROCESS_ALL_ACCESS, plain, new CLIENT_ID { UniqueProcess = new HANDLE(0x7FF0) });
            both = ZwOpenProcess(out _, PROCESS_ALL_ACCESS, named, new CLIENT_ID { UniqueProcess = viewer.UniqueProcessId });
            neither = ZwOpenProcess(out _, PROCESS_ALL_ACCESS, plain, null);
            // This system thread is not one of viewer.exe's.
            foreignThread = ZwOpenProcess(out _, PROCESS_ALL_ACCESS, plain,
                new CLIENT_ID { UniqueProcess = viewer.UniqueProcessId, UniqueThread = PsGetCurrentThreadId() });
        }));

        Assert.Equal(STATUS_INVALID_CID, unknown);
        Assert.Equal(STATUS_INVALID_PARAMETER_MIX, both);
        Assert.Equal(STATUS_INVALID_PARAMETER_MIX, neither);
        Assert.Equal(STATUS_INVALID_CID, foreignThread);
    }

    [Fact]
    public void ZwQueryInformationProcess_CurrentSystemProcess_ShortBuffers_AndUnknownClasses()
    {
        using var machine = Boot();
        NTSTATUS basic = STATUS_UNSUCCESSFUL, wrongSize = STATUS_SUCCESS, image = STATUS_UNSUCCESSFUL, shortImage = STATUS_SUCCESS, unknown = STATUS_SUCCESS;
        PROCESS_BASIC_INFORMATION info = default;
        uint imageLength = 0, needed = 0;
        ushort nameLength = 1;
        Completed(machine, machine.Run(() =>
        {
            var buffer = ExAllocatePool2(POOL_FLAG_PAGED, 64, TAG("Proc"));
            basic = ZwQueryInformationProcess(NtCurrentProcess(), ProcessBasicInformation, buffer, 48, out _);
            info = buffer.Read<PROCESS_BASIC_INFORMATION>();
            wrongSize = ZwQueryInformationProcess(NtCurrentProcess(), ProcessBasicInformation, buffer, 40, out _);
            image = ZwQueryInformationProcess(NtCurrentProcess(), ProcessImageFileName, buffer, 64, out imageLength);
            nameLength = buffer.Read<ushort>();
            shortImage = ZwQueryInformationProcess(NtCurrentProcess(), ProcessImageFileName, buffer, 8, out needed);
            unknown = ZwQueryInformationProcess(NtCurrentProcess(), (PROCESSINFOCLASS)1000, buffer, 64, out _);
            ExFreePool(buffer);
        }));

        Assert.Equal(STATUS_SUCCESS, basic);
        Assert.Equal(4UL, info.UniqueProcessId);
        Assert.Equal(0UL, info.InheritedFromUniqueProcessId);
        Assert.Equal(STATUS_INFO_LENGTH_MISMATCH, wrongSize);
        Assert.Equal(STATUS_SUCCESS, image);
        Assert.Equal(16u, imageLength);   // the System process has no image file name
        Assert.Equal(0, nameLength);
        Assert.Equal(STATUS_INFO_LENGTH_MISMATCH, shortImage);
        Assert.Equal(16u, needed);
        Assert.Equal(STATUS_INVALID_INFO_CLASS, unknown);
    }

    [Fact]
    public void ZwOpenProcess_AtApcLevel_BugChecksIrqlZwPassive()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(APC_LEVEL, out _);
            InitializeObjectAttributes(out var attributes, null, OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            ZwOpenProcess(out _, PROCESS_ALL_ACCESS, attributes, new CLIENT_ID { UniqueProcess = new HANDLE(4) });
        });

        // 0xC4/0x2001F: DDI compliance rule IrqlZwPassive (P2 to P4 0 here).
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x2001F, 0, 0, 0);
    }
}
