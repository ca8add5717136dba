using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Mm;

/// <summary>ZwAllocateVirtualMemory and ZwFreeVirtualMemory on a process's user address space.</summary>
public sealed class ZwVirtualMemoryTests
{
    [Fact]
    public void ZwAllocateVirtualMemory_InTheCurrentProcess_IsItsMemory_UntilReleased()
    {
        using var machine = Boot();
        var app = EPROCESS.CreateUser(machine, "app.exe");
        NTSTATUS allocate = STATUS_UNSUCCESSFUL, release = STATUS_UNSUCCESSFUL;
        PVOID at = default;
        ulong size = 0, released = 0;
        bool validAfter = true;
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(app, out var state);
            var address = PVOID.NULL;
            var length = 0x1800UL;
            allocate = ZwAllocateVirtualMemory(NtCurrentProcess(), ref address, 0, ref length, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
            (at, size) = (address, length);
            "written by the driver"u8.CopyTo((address + 0x1000L).AsSpan(21));
            length = 0;
            release = ZwFreeVirtualMemory(NtCurrentProcess(), ref address, ref length, MEM_RELEASE);
            released = length;
            validAfter = MmIsAddressValid(at);
            KeUnstackDetachProcess(ref state);
        }));

        Assert.Equal(STATUS_SUCCESS, allocate);
        Assert.Equal(0UL, at.Address % 0x10000);
        Assert.True(at.Address >= 0x10000);
        Assert.Equal(0x2000UL, size);
        Assert.Equal(STATUS_SUCCESS, release);
        Assert.Equal(0x2000UL, released);
        Assert.False(validAfter);
    }

    [Fact]
    public void ZwAllocateVirtualMemory_ThroughAProcessHandle_IsSeenByThatProcess()
    {
        using var machine = Boot();
        var app = EPROCESS.CreateUser(machine, "app.exe");
        PVOID at = default;
        Completed(machine, machine.Run(() =>
        {
            InitializeObjectAttributes(out var attributes, null, OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            Assert.Equal(STATUS_SUCCESS, ZwOpenProcess(out var process, PROCESS_ALL_ACCESS, attributes, new CLIENT_ID { UniqueProcess = app.UniqueProcessId }));
            var address = PVOID.NULL;
            var length = 0x1000UL;
            Assert.Equal(STATUS_SUCCESS, ZwAllocateVirtualMemory(process, ref address, 0, ref length, MEM_COMMIT, PAGE_READWRITE));
            at = address;
            ZwClose(process);
        }));

        app.AddressSpace.Write(at.Address, "hello"u8);
        Assert.Equal("hello"u8.ToArray(), app.AddressSpace.Read(at.Address, 5));
    }

    [Fact]
    public void ZwAllocateAndFree_BadArguments_GiveTheDocumentedStatuses()
    {
        using var machine = Boot();
        var app = EPROCESS.CreateUser(machine, "app.exe");
        var results = new Dictionary<string, NTSTATUS>();
        Completed(machine, machine.Run(() =>
        {
            KeStackAttachProcess(app, out var state);
            var me = NtCurrentProcess();
            var reserved = PVOID.NULL;
            var length = 0x10000UL;
            results["reserve"] = ZwAllocateVirtualMemory(me, ref reserved, 0, ref length, MEM_RESERVE, PAGE_NOACCESS);
            var inside = reserved + 0x3000L;
            length = 0x1000;
            results["commit inside"] = ZwAllocateVirtualMemory(me, ref inside, 0, ref length, MEM_COMMIT, PAGE_READONLY);
            var taken = reserved;
            length = 0x1000;
            results["reserve taken"] = ZwAllocateVirtualMemory(me, ref taken, 0, ref length, MEM_RESERVE, PAGE_READWRITE);
            var nowhere = new PVOID(0x7000_0000_0000);
            length = 0x1000;
            results["commit unreserved"] = ZwAllocateVirtualMemory(me, ref nowhere, 0, ref length, MEM_COMMIT, PAGE_READWRITE);
            var any = PVOID.NULL;
            length = 0x1000;
            results["bad type"] = ZwAllocateVirtualMemory(me, ref any, 0, ref length, MEM_DECOMMIT, PAGE_READWRITE);
            length = 0;
            results["zero size"] = ZwAllocateVirtualMemory(me, ref any, 0, ref length, MEM_COMMIT, PAGE_READWRITE);
            length = 0x1000;
            results["bad protect"] = ZwAllocateVirtualMemory(me, ref any, 0, ref length, MEM_COMMIT, 0x3);
            var middle = reserved + 0x3000L;
            length = 0;
            results["release not at base"] = ZwFreeVirtualMemory(me, ref middle, ref length, MEM_RELEASE);
            length = 0x1000;
            results["release part"] = ZwFreeVirtualMemory(me, ref reserved, ref length, MEM_RELEASE);
            length = 0x1000;
            results["decommit"] = ZwFreeVirtualMemory(me, ref middle, ref length, MEM_DECOMMIT);
            var unallocated = new PVOID(0x6000_0000_0000);
            length = 0;
            results["release unallocated"] = ZwFreeVirtualMemory(me, ref unallocated, ref length, MEM_RELEASE);
            results["bad free type"] = ZwFreeVirtualMemory(me, ref reserved, ref length, MEM_RELEASE | MEM_DECOMMIT);
            length = 0;
            results["release"] = ZwFreeVirtualMemory(me, ref reserved, ref length, MEM_RELEASE);
            KeUnstackDetachProcess(ref state);
        }));

        Assert.Equal(STATUS_SUCCESS, results["reserve"]);
        Assert.Equal(STATUS_SUCCESS, results["commit inside"]);
        Assert.Equal(STATUS_CONFLICTING_ADDRESSES, results["reserve taken"]);
        Assert.Equal(STATUS_CONFLICTING_ADDRESSES, results["commit unreserved"]);
        Assert.Equal(STATUS_INVALID_PARAMETER_5, results["bad type"]);
        Assert.Equal(STATUS_INVALID_PARAMETER_4, results["zero size"]);
        Assert.Equal(STATUS_INVALID_PAGE_PROTECTION, results["bad protect"]);
        Assert.Equal(STATUS_FREE_VM_NOT_AT_BASE, results["release not at base"]);
        Assert.Equal(STATUS_UNABLE_TO_FREE_VM, results["release part"]);
        Assert.Equal(STATUS_SUCCESS, results["decommit"]);
        Assert.Equal(STATUS_MEMORY_NOT_ALLOCATED, results["release unallocated"]);
        Assert.Equal(STATUS_INVALID_PARAMETER_4, results["bad free type"]);
        Assert.Equal(STATUS_SUCCESS, results["release"]);
    }

    [Fact]
    public void ZwAllocateVirtualMemory_AtApcLevel_BugChecksIrqlZwPassive()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(APC_LEVEL, out _);
            var address = PVOID.NULL;
            var length = 0x1000UL;
            ZwAllocateVirtualMemory(NtCurrentProcess(), ref address, 0, ref length, MEM_COMMIT, PAGE_READWRITE);
        });

        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x2001F, 0, 0, 0);
    }
}
