namespace NtSim;

/// <summary>The reason routines (KeRegisterBugCheckReasonCallback), called as the dump is written: KbCallbackAddPages
/// (kernel dump) and KbCallbackTriageDumpData (small dump) before it, KbCallbackDumpIo at each write,
/// KbCallbackSecondaryDumpData after the primary dump. "Writing a Bug Check Reason Callback Routine" (WDK).</summary>
internal sealed partial class BugCheckCallbacks
{
    /// <summary>The most secondary dump data a routine may give (MaximumAllowed).</summary>
    internal const uint MaximumSecondaryData = 0x1000;

    /// <summary>The most bytes all triage dump data blocks may hold (MaxVirtMemSize; NtSim's value, not documented).</summary>
    internal const uint MaximumTriageData = 0x10000;

    // A routine that keeps asking to be called again (ADDITIONAL_RANGES_EXIST) is stopped after this many calls.
    private const int MaximumAddPagesCalls = 1024;

    private readonly List<BugCheckDumpData> _collected = [];
    private bool _secondaryDataCollected;

    /// <summary>What the KbCallbackSecondaryDumpData routines gave at the bug check.</summary>
    internal IReadOnlyList<BugCheckDumpData> Collected
    {
        get
        {
            lock (_lock)
            {
                return [.. _collected];
            }
        }
    }

    internal bool HasReason(KBUGCHECK_CALLBACK_REASON reason)
    {
        lock (_lock)
        {
            return _records.Any(r => r is KBUGCHECK_REASON_CALLBACK_RECORD record && record.Reason == reason);
        }
    }

    /// <summary>Calls the KbCallbackSecondaryDumpData routines once: the size query, then the data.</summary>
    internal IReadOnlyList<BugCheckDumpData> RunSecondaryData(KTHREAD thread)
    {
        lock (_lock)
        {
            if (_secondaryDataCollected)
            {
                return [.. _collected];
            }

            _secondaryDataCollected = true;
        }

        ForEachReason(thread, KBUGCHECK_CALLBACK_REASON.KbCallbackSecondaryDumpData, record => CallSecondaryData(record));
        return Collected;
    }

    /// <summary>Calls the KbCallbackAddPages routines (a kernel dump): the virtual pages they add, page-aligned.</summary>
    internal IReadOnlyList<ulong> RunAddPages(KTHREAD thread, uint bugCheckCode)
    {
        var pages = new List<ulong>();
        ForEachReason(thread, KBUGCHECK_CALLBACK_REASON.KbCallbackAddPages, record =>
        {
            object? context = null;
            for (var call = 0; call < MaximumAddPagesCalls; call++)
            {
                // Flags is zero on each entry; Context is kept from the previous call (KBUGCHECK_ADD_PAGES, WDK).
                var request = new KBUGCHECK_ADD_PAGES { BugCheckCode = bugCheckCode, Context = context };
                record.Routine!(record.Reason, record, request, 0x28);
                context = request.Context;
                AddRange(pages, request);
                if ((request.Flags & Wdm.KB_ADD_PAGES_FLAG_ADDITIONAL_RANGES_EXIST) == 0)
                {
                    break;
                }
            }
        });
        return [.. pages.Distinct()];
    }

    /// <summary>Calls the KbCallbackTriageDumpData routines (a small dump): the blocks they add, within MaxVirtMemSize.</summary>
    internal IReadOnlyList<KADDRESS_RANGE> RunTriageDumpData(KTHREAD thread, BugCheckInfo bugCheck)
    {
        var blocks = new List<KADDRESS_RANGE>();
        ulong total = 0;
        ForEachReason(thread, KBUGCHECK_CALLBACK_REASON.KbCallbackTriageDumpData, record =>
        {
            var data = new KBUGCHECK_TRIAGE_DUMP_DATA
            {
                Flags = Wdm.KB_TRIAGE_DUMP_DATA_FLAG_BUGCHECK_ACTIVE, MaxVirtMemSize = MaximumTriageData, BugCheckCode = bugCheck.Code,
                BugCheckParameter1 = bugCheck.Parameter1, BugCheckParameter2 = bugCheck.Parameter2,
                BugCheckParameter3 = bugCheck.Parameter3, BugCheckParameter4 = bugCheck.Parameter4,
            };
            record.Routine!(record.Reason, record, data, 0x38);
            foreach (var block in data.DataArray?.Blocks ?? [])
            {
                // "The cumulative size of the regions described in the data array should not exceed this size."
                if (total + block.Size <= MaximumTriageData)
                {
                    blocks.Add(block);
                    total += block.Size;
                }
            }
        });
        return blocks;
    }

    /// <summary>Tells the KbCallbackDumpIo routines of one write to the dump file.</summary>
    internal void RunDumpIo(KTHREAD thread, ReadOnlySpan<byte> data, KBUGCHECK_DUMP_IO_TYPE type)
    {
        if (!HasReason(KBUGCHECK_CALLBACK_REASON.KbCallbackDumpIo))
        {
            return;
        }

        // NtSim's writer writes the file front to back: Offset is -1 ("Implementing a KbCallbackDumpIo Callback Routine").
        var io = new KBUGCHECK_DUMP_IO { Offset = ulong.MaxValue, Buffer = data.ToArray(), BufferLength = (uint)data.Length, Type = type };
        ForEachReason(thread, KBUGCHECK_CALLBACK_REASON.KbCallbackDumpIo, record => record.Routine!(record.Reason, record, io, 0x18));
    }

    private void ForEachReason(KTHREAD thread, KBUGCHECK_CALLBACK_REASON reason, Action<KBUGCHECK_REASON_CALLBACK_RECORD> call)
    {
        var records = Newest<KBUGCHECK_REASON_CALLBACK_RECORD>().Where(r => r.Reason == reason).ToList();
        if (records.Count == 0)
        {
            return;
        }

        AtHighLevel(thread, () =>
        {
            foreach (var record in records)
            {
                Call(thread, record.Module!, () => call(record), s => record.State = s);
            }
        });
    }

    // One range: virtual addresses only (NtSim's dump keeps pages by virtual address); a request naming both kinds,
    // neither, or a physical range adds nothing.
    private static void AddRange(List<ulong> pages, KBUGCHECK_ADD_PAGES request)
    {
        var kind = request.Flags & (Wdm.KB_ADD_PAGES_FLAG_VIRTUAL_ADDRESS | Wdm.KB_ADD_PAGES_FLAG_PHYSICAL_ADDRESS);
        if (kind != Wdm.KB_ADD_PAGES_FLAG_VIRTUAL_ADDRESS || request.Count == 0)
        {
            return;
        }

        var first = request.Address & ~(Wdm.PAGE_SIZE - 1);
        for (ulong i = 0; i < Math.Min(request.Count, MaximumAddPagesCalls); i++)
        {
            pages.Add(first + (i * Wdm.PAGE_SIZE));
        }
    }

    private void CallSecondaryData(KBUGCHECK_REASON_CALLBACK_RECORD record)
    {
        var query = new KBUGCHECK_SECONDARY_DUMP_DATA { MaximumAllowed = MaximumSecondaryData };
        record.Routine!(record.Reason, record, query, 0x40);
        var size = Math.Min(query.OutBufferLength, MaximumSecondaryData);
        if (size == 0)
        {
            return;
        }

        var buffer = new byte[size];
        var data = new KBUGCHECK_SECONDARY_DUMP_DATA { InBuffer = buffer, InBufferLength = size, MaximumAllowed = MaximumSecondaryData };
        record.Routine!(record.Reason, record, data, 0x40);
        var length = (int)Math.Min(Math.Min(data.OutBufferLength, MaximumSecondaryData), (uint)data.OutBuffer.Length);
        lock (_lock)
        {
            _collected.Add(new BugCheckDumpData(record.Component, data.Guid, data.OutBuffer[..length].ToArray()));
        }
    }
}
