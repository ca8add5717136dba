using System.Text;
using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Ex;

/// <summary>ZwQuerySystemInformation: basic, process and module information, and the two-call size pattern.</summary>
public sealed class ZwQuerySystemInformationTests
{
    [Fact]
    public void SystemBasicInformation_DescribesTheMachine_AndNeedsItsExactSize()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 2, MemoryMegabytes = 256 });
        NTSTATUS status = STATUS_UNSUCCESSFUL, wrong = STATUS_SUCCESS;
        uint returned = 0, needed = 0, pageSize = 0, physicalPages = 0, granularity = 0;
        ulong highestUser = 0, affinity = 0;
        byte processors = 0;
        Completed(machine, machine.Run(() =>
        {
            var buffer = ExAllocatePool2(POOL_FLAG_PAGED, 64, TAG("SysI"));
            wrong = ZwQuerySystemInformation(SystemBasicInformation, buffer, 63, out needed);
            status = ZwQuerySystemInformation(SystemBasicInformation, buffer, 64, out returned);
            pageSize = (buffer + 8L).Read<uint>();
            physicalPages = (buffer + 12L).Read<uint>();
            granularity = (buffer + 24L).Read<uint>();
            highestUser = (buffer + 40L).Read<ulong>();
            affinity = (buffer + 48L).Read<ulong>();
            processors = (buffer + 56L).Read<byte>();
            ExFreePool(buffer);
        }));

        Assert.Equal(STATUS_INFO_LENGTH_MISMATCH, wrong);
        Assert.Equal(64u, needed);
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal(64u, returned);
        Assert.Equal(4096u, pageSize);
        Assert.Equal(256u * 256, physicalPages);
        Assert.Equal(0x10000u, granularity);
        Assert.Equal(0x7FFF_FFFE_FFFFUL, highestUser);
        Assert.Equal(3UL, affinity);
        Assert.Equal(2, processors);
    }

    [Fact]
    public void SystemProcessInformation_TwoCalls_ListEveryProcessWithItsThreads()
    {
        using var machine = Boot();
        var viewer = EPROCESS.CreateUser(machine, "viewer.exe");
        NTSTATUS first = STATUS_SUCCESS, second = STATUS_UNSUCCESSFUL;
        uint needed = 0;
        var seen = new List<(ulong Id, string Name, uint Threads)>();
        var systemHasMe = false;
        Completed(machine, machine.Run(() =>
        {
            first = ZwQuerySystemInformation(SystemProcessInformation, PVOID.NULL, 0, out needed);
            var buffer = ExAllocatePool2(POOL_FLAG_PAGED, needed, TAG("SysI"));
            second = ZwQuerySystemInformation(SystemProcessInformation, buffer, needed, out _);
            var me = (ulong)PsGetCurrentThreadId().Value;
            for (var entry = buffer; ; )
            {
                var threads = (entry + 4L).Read<uint>();
                var nameLength = (entry + 0x38L).Read<ushort>();
                var name = Encoding.Unicode.GetString(new PVOID((entry + 0x40L).Read<ulong>()).AsReadOnlySpan(nameLength));
                var id = (entry + 0x50L).Read<ulong>();
                seen.Add((id, name, threads));
                for (var t = 0u; t < threads; t++)
                {
                    var info = entry + (long)(0x100 + (t * 0x50));
                    systemHasMe |= id == 4 && (info + 48L).Read<ulong>() == me && (info + 40L).Read<ulong>() == 4;
                }

                var next = entry.Read<uint>();
                if (next == 0)
                {
                    break;
                }

                entry += (long)next;
            }

            ExFreePool(buffer);
        }));

        Assert.Equal(STATUS_INFO_LENGTH_MISMATCH, first);
        Assert.True(needed >= 2 * 0x100);
        Assert.Equal(STATUS_SUCCESS, second);
        Assert.Equal((4UL, "System"), (seen[0].Id, seen[0].Name));
        Assert.True(seen[0].Threads >= 1);
        Assert.True(systemHasMe);
        Assert.Contains((viewer.UniqueProcessId.Value, "viewer.exe", 0u), seen);
    }

    [Fact]
    public void SystemModuleInformation_ListsTheKernelThenTheDrivers()
    {
        using var machine = Boot();
        machine.Services.Install<ModuleDriver>("ModDrv");
        Completed(machine, machine.Services.Start("ModDrv"));
        var paths = new List<string>();
        var fileNames = new List<string>();
        ulong kernelBase = 0;
        uint count = 0;
        Completed(machine, machine.Run(() =>
        {
            ZwQuerySystemInformation(SystemModuleInformation, PVOID.NULL, 0, out var needed);
            var buffer = ExAllocatePool2(POOL_FLAG_PAGED, needed, TAG("SysI"));
            Assert.Equal(STATUS_SUCCESS, ZwQuerySystemInformation(SystemModuleInformation, buffer, needed, out _));
            count = buffer.Read<uint>();
            kernelBase = (buffer + 8L + 16L).Read<ulong>();
            for (var i = 0; i < count; i++)
            {
                var entry = buffer + 8L + (i * 0x128L);
                var path = Encoding.ASCII.GetString((entry + 40L).AsReadOnlySpan(256)).TrimEnd('\0');
                paths.Add(path);
                fileNames.Add(path[(entry + 38L).Read<ushort>()..]);
            }

            ExFreePool(buffer);
        }));

        Assert.Equal(count, (uint)paths.Count);
        Assert.Equal(@"\SystemRoot\system32\ntoskrnl.exe", paths[0]);
        Assert.Equal("ntoskrnl.exe", fileNames[0]);
        Assert.Equal(0xFFFF_F800_0000_0000UL, kernelBase);
        Assert.Contains(@"\SystemRoot\System32\drivers\ModDrv.sys", paths);
        Assert.Contains("ModDrv.sys", fileNames);
    }

    [Fact]
    public void UnknownClass_IsInvalidInfoClass_AndApcLevel_BugChecksIrqlZwPassive()
    {
        using var machine = Boot();
        var unknown = STATUS_SUCCESS;
        Completed(machine, machine.Run(() => unknown = ZwQuerySystemInformation((SYSTEM_INFORMATION_CLASS)9999, PVOID.NULL, 0, out _)));
        Assert.Equal(STATUS_INVALID_INFO_CLASS, unknown);

        var status = machine.Run(() =>
        {
            KeRaiseIrql(APC_LEVEL, out _);
            ZwQuerySystemInformation(SystemBasicInformation, PVOID.NULL, 0, out _);
        });
        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x2001F, 0, 0, 0);
    }

    public sealed class ModuleDriver : IDriver
    {
        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = _ => { };
            return STATUS_SUCCESS;
        }
    }
}
