namespace NtSim;

/// <summary>PushEntryList and PopEntryList (wdm.h): no checks, as on Windows.</summary>
internal static class SinglyLinkedLists
{
    /// <summary>Pushes <paramref name="entry"/>; returns the entry that was first (NULL if none).</summary>
    internal static PSINGLE_LIST_ENTRY Push(PSINGLE_LIST_ENTRY head, PSINGLE_LIST_ENTRY entry, string operation)
    {
        var first = ListLinks.Next(head, operation);
        ListLinks.SetNext(entry, first, operation);
        ListLinks.SetNext(head, entry, operation);
        return first;
    }

    /// <summary>Pops the first entry, NULL if the list is empty.</summary>
    internal static PSINGLE_LIST_ENTRY Pop(PSINGLE_LIST_ENTRY head, string operation)
    {
        var first = ListLinks.Next(head, operation);
        if (!first.IsNull)
        {
            ListLinks.SetNext(head, ListLinks.Next(first, operation), operation);
            ListLinks.Unlinked(first);
        }

        return first;
    }
}
