using System.Runtime.CompilerServices;

namespace NtSim;

internal sealed partial class AddressSpace
{
    /// <summary>The page attributes a PAGE_* protection gives, or false for a protection that is not
    /// one base protection optionally with PAGE_GUARD, PAGE_NOCACHE or PAGE_WRITECOMBINE.</summary>
    internal static bool TryGetAttributes(uint protect, out PageAttributes attributes)
    {
        attributes = PageAttributes.Paged;
        if ((protect & ~(0xFFu | Wdm.PAGE_GUARD | Wdm.PAGE_NOCACHE | Wdm.PAGE_WRITECOMBINE)) != 0)
        {
            return false;
        }

        switch (protect & 0xFF)
        {
            case Wdm.PAGE_NOACCESS:
                attributes |= PageAttributes.NoAccess;
                break;
            case Wdm.PAGE_READONLY or Wdm.PAGE_EXECUTE or Wdm.PAGE_EXECUTE_READ:
                attributes |= PageAttributes.ReadOnly;
                break;
            case Wdm.PAGE_READWRITE or Wdm.PAGE_WRITECOPY or Wdm.PAGE_EXECUTE_READWRITE or Wdm.PAGE_EXECUTE_WRITECOPY:
                break;
            default:
                return false;
        }

        if ((protect & Wdm.PAGE_GUARD) != 0)
        {
            attributes |= PageAttributes.Guard;
        }

        return true;
    }

    /// <summary>Commits the pages that cover [<paramref name="address"/>, +<paramref name="size"/>)
    /// with a PAGE_* protection; they must lie in reservations.</summary>
    internal bool Commit(ulong address, ulong size, uint protect) =>
        Commit(address, size, Attributes(protect, nameof(Commit)));

    /// <summary>VirtualAlloc(MEM_RESERVE | MEM_COMMIT): reserves and commits <paramref name="size"/>
    /// bytes anywhere in user space with a PAGE_* protection; NULL when user space is full.</summary>
    internal PVOID Allocate(ulong size, uint protect)
    {
        var attributes = Attributes(protect, nameof(Allocate));
        var start = Reserve(0, size);
        if (start == 0)
        {
            return PVOID.NULL;
        }

        Commit(start, size, attributes);
        return new PVOID(start);
    }

    /// <summary>VirtualFree(MEM_RELEASE): releases the reservation <paramref name="baseAddress"/> starts.</summary>
    internal bool Free(PVOID baseAddress) => Release(baseAddress.Address);

    /// <summary>VirtualProtect: gives committed pages a new PAGE_* protection.</summary>
    internal bool Protect(ulong address, ulong size, uint protect)
    {
        var attributes = Attributes(protect, nameof(Protect));
        lock (_lock)
        {
            if (!AllReserved(address, size))
            {
                return false;
            }

            for (var page = MmLayout.PageBase(address); page < address + size; page += MmLayout.PageSize)
            {
                if (!Map.Find(page).IsCommitted)
                {
                    return false;
                }
            }

            for (var page = MmLayout.PageBase(address); page < address + size; page += MmLayout.PageSize)
            {
                Map.Find(page).Attributes = attributes;
            }

            return true;
        }
    }

    /// <summary>Copies bytes out of the address space as the process's own code would read them (for
    /// the Win32 facade); raises STATUS_ACCESS_VIOLATION if a page is not readable.</summary>
    internal void Read(ulong address, Span<byte> destination) => Copy(address, destination, default, write: false);

    /// <summary>Reads <paramref name="length"/> bytes into a new array.</summary>
    internal byte[] Read(ulong address, int length)
    {
        var bytes = new byte[length];
        Read(address, bytes);
        return bytes;
    }

    /// <summary>Copies bytes into the address space as the process's own code would write them;
    /// raises STATUS_ACCESS_VIOLATION if a page is not writable.</summary>
    internal void Write(ulong address, ReadOnlySpan<byte> source) => Copy(address, default, source, write: true);

    private void Copy(ulong address, Span<byte> destination, ReadOnlySpan<byte> source, bool write)
    {
        var length = (ulong)(write ? source.Length : destination.Length);
        if (length == 0)
        {
            return;
        }

        if (address < MmLayout.LowestUserAddress || address + length - 1 > MmLayout.HighestUserAddress || address + length - 1 < address)
        {
            throw new NtStatusException(Wdm.STATUS_ACCESS_VIOLATION);
        }

        ulong done = 0;
        while (done < length)
        {
            var at = address + done;
            var chunk = MemoryManager.ToPageEnd(at, length - done);
            var bytes = PageBytes(at, chunk, write);
            if (write)
            {
                source.Slice((int)done, chunk).CopyTo(bytes);
            }
            else
            {
                bytes.CopyTo(destination.Slice((int)done, chunk));
            }

            done += (ulong)chunk;
        }
    }

    // The bytes of one page as user-mode code touches them: a guard page raises once, as on Windows.
    private Span<byte> PageBytes(ulong address, int length, bool write)
    {
        ref var pte = ref Map.Find(address);
        if (Unsafe.IsNullRef(ref pte) || !pte.IsCommitted || (pte.Attributes & PageAttributes.NoAccess) != 0
            || (write && (pte.Attributes & PageAttributes.ReadOnly) != 0))
        {
            throw new NtStatusException(Wdm.STATUS_ACCESS_VIOLATION);
        }

        if ((pte.Attributes & PageAttributes.Guard) != 0)
        {
            pte.Attributes &= ~PageAttributes.Guard;
            throw new NtStatusException(Wdm.STATUS_GUARD_PAGE_VIOLATION);
        }

        return pte.Segment!.Span(address, length);
    }

    private static PageAttributes Attributes(uint protect, string operation) =>
        TryGetAttributes(protect, out var attributes)
            ? attributes
            : throw new ArgumentOutOfRangeException(nameof(protect), protect,
                $"AddressSpace.{operation}: 0x{protect:X} is not a page protection (one PAGE_* base protection, optionally with PAGE_GUARD, PAGE_NOCACHE or PAGE_WRITECOMBINE).");
}
