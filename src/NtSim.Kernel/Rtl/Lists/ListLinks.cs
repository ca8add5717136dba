using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>
/// Reads and writes the links of list entries wherever they live: a typed entry's fields, or the
/// pointer-sized words of an entry in simulated memory (Flink at +0, Blink at +8; Next at +0).
/// A pointer read from memory that holds the address of a typed entry becomes that entry again
/// (<see cref="ListEntryTable"/>). Memory is touched as the processor would touch it, so a bad
/// pointer faults (0x50, 0xD1 at DISPATCH_LEVEL, an access violation for NULL).
/// </summary>
internal static class ListLinks
{
    private const int FlinkOffset = 0;
    private const int BlinkOffset = 8;

    internal static PLIST_ENTRY Flink(PLIST_ENTRY entry, string operation) =>
        entry.Entry is { } typed ? typed.Flink : ReadDouble(entry.MemoryAddress + FlinkOffset, operation);

    internal static PLIST_ENTRY Blink(PLIST_ENTRY entry, string operation) =>
        entry.Entry is { } typed ? typed.Blink : ReadDouble(entry.MemoryAddress + BlinkOffset, operation);

    internal static void SetFlink(PLIST_ENTRY entry, PLIST_ENTRY value, string operation)
    {
        if (entry.Entry is { } typed)
        {
            typed.Flink = value;
        }
        else
        {
            Write(entry.MemoryAddress + FlinkOffset, Value(value, operation), operation);
        }
    }

    internal static void SetBlink(PLIST_ENTRY entry, PLIST_ENTRY value, string operation)
    {
        if (entry.Entry is { } typed)
        {
            typed.Blink = value;
        }
        else
        {
            Write(entry.MemoryAddress + BlinkOffset, Value(value, operation), operation);
        }
    }

    /// <summary>Gives a typed entry its simulated address when it is linked on a simulated thread, so
    /// that a bug check and a debugger name it by address.</summary>
    internal static void Home(PLIST_ENTRY entry)
    {
        if (entry.Entry is { } typed && KTHREAD.Current is { } thread)
        {
            typed.Home.In(thread.Machine);
        }
    }

    /// <summary>A typed entry is linked no more: memory that still points at it is stale.</summary>
    internal static void Unlinked(PLIST_ENTRY entry)
    {
        if (entry.Entry is { } typed)
        {
            Unpin(ref typed.Home);
        }
    }

    internal static PSINGLE_LIST_ENTRY Next(PSINGLE_LIST_ENTRY entry, string operation) =>
        entry.Entry is { } typed ? typed.Next : ReadSingle(entry.MemoryAddress, operation);

    internal static void SetNext(PSINGLE_LIST_ENTRY entry, PSINGLE_LIST_ENTRY value, string operation)
    {
        if (entry.Entry is { } typed)
        {
            typed.Next = value;
        }
        else
        {
            Write(entry.MemoryAddress, Value(value, operation), operation);
        }
    }

    internal static void Unlinked(PSINGLE_LIST_ENTRY entry)
    {
        if (entry.Entry is { } typed)
        {
            Unpin(ref typed.Home);
        }
    }

    internal static PSLIST_ENTRY Next(PSLIST_ENTRY entry, string operation) =>
        entry.Entry is { } typed ? typed.Next : ReadSequenced(entry.MemoryAddress, operation);

    internal static void SetNext(PSLIST_ENTRY entry, PSLIST_ENTRY value, string operation)
    {
        if (entry.Entry is { } typed)
        {
            typed.Next = value;
        }
        else
        {
            Write(entry.MemoryAddress, Value(value, operation), operation);
        }
    }

    internal static void Unlinked(PSLIST_ENTRY entry)
    {
        if (entry.Entry is { } typed)
        {
            Unpin(ref typed.Home);
        }
    }

    /// <summary>
    /// The list check Windows builds into the list routines failed: __fastfail(FAST_FAIL_CORRUPT_LIST_ENTRY),
    /// which is KERNEL_SECURITY_CHECK_FAILURE (0x139) with P1 = 3. P2 and P3 are the addresses of the
    /// trap frame and the exception record, which NtSim does not build (0); P4 is reserved (0).
    /// L/debugger/bug-check-0x139--kernel-security-check-failure.
    /// </summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void Corrupted(string operation, PLIST_ENTRY entry, string finding)
    {
        var thread = KeContext.Running(operation);
        thread.Machine.RaiseBugCheck(Wdm.KERNEL_SECURITY_CHECK_FAILURE, Wdm.FAST_FAIL_CORRUPT_LIST_ENTRY, 0, 0, 0,
            string.Create(CultureInfo.InvariantCulture,
                $"{operation}: the LIST_ENTRY at {entry} is corrupted ({finding}): a double remove, an entry freed while still linked, or memory written over it"));
    }

    private static PLIST_ENTRY ReadDouble(ulong address, string operation)
    {
        var (machine, value) = Read(address, operation);
        return value != 0 && machine.ListEntries.Find(value) is LIST_ENTRY typed ? new PLIST_ENTRY(typed) : new PLIST_ENTRY(new PVOID(value));
    }

    private static PSINGLE_LIST_ENTRY ReadSingle(ulong address, string operation)
    {
        var (machine, value) = Read(address, operation);
        return value != 0 && machine.ListEntries.Find(value) is SINGLE_LIST_ENTRY typed ? new PSINGLE_LIST_ENTRY(typed) : new PSINGLE_LIST_ENTRY(new PVOID(value));
    }

    private static PSLIST_ENTRY ReadSequenced(ulong address, string operation)
    {
        var (machine, value) = Read(address, operation);
        return value != 0 && machine.ListEntries.Find(value) is SLIST_ENTRY typed ? new PSLIST_ENTRY(typed) : new PSLIST_ENTRY(new PVOID(value));
    }

    private static (Machine Machine, ulong Value) Read(ulong address, string operation)
    {
        var thread = KeContext.Running(operation);
        var bytes = thread.Machine.Memory.Access(thread, address, sizeof(ulong), AccessKind.Read, operation);
        return (thread.Machine, MemoryMarshal.Read<ulong>(bytes));
    }

    private static void Write(ulong address, ulong value, string operation)
    {
        var thread = KeContext.Running(operation);
        var bytes = thread.Machine.Memory.Access(thread, address, sizeof(ulong), AccessKind.Write, operation);
        MemoryMarshal.Write(bytes, in value);
    }

    /// <summary>What memory holds for a pointer: a typed entry's address (pinned, so that reading it
    /// back finds the entry), or the address itself.</summary>
    private static ulong Value(PLIST_ENTRY value, string operation) =>
        value.Entry is { } typed ? Pin(ref typed.Home, typed, operation) : value.MemoryAddress;

    private static ulong Value(PSINGLE_LIST_ENTRY value, string operation) =>
        value.Entry is { } typed ? Pin(ref typed.Home, typed, operation) : value.MemoryAddress;

    private static ulong Value(PSLIST_ENTRY value, string operation) =>
        value.Entry is { } typed ? Pin(ref typed.Home, typed, operation) : value.MemoryAddress;

    private static ulong Pin(ref ListNodeAddress home, object typed, string operation)
    {
        var machine = KeContext.Running(operation).Machine;
        var address = home.In(machine);
        if (!home.Pinned)
        {
            machine.ListEntries.Pin(address, typed);
            home.Pinned = true;
        }

        return address;
    }

    private static void Unpin(ref ListNodeAddress home)
    {
        if (home.Pinned && home.Machine is { } machine)
        {
            home.Pinned = false;
            machine.ListEntries.Unpin(home.Address);
        }
    }
}
