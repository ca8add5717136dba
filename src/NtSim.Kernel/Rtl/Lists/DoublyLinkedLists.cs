namespace NtSim;

/// <summary>
/// The doubly linked list routines of wdm.h, with the check Windows builds into them since
/// Windows 8: before an entry's neighbours are rewritten, they must point back at it
/// (Flink-&gt;Blink == Entry and Blink-&gt;Flink == Entry); if not, the list is corrupted and the
/// machine fails fast (<see cref="ListLinks.Corrupted"/>, 0x139/3).
/// </summary>
internal static class DoublyLinkedLists
{
    internal static void Initialize(PLIST_ENTRY head, string operation)
    {
        ListLinks.Unlinked(head);
        ListLinks.Home(head);
        ListLinks.SetFlink(head, head, operation);
        ListLinks.SetBlink(head, head, operation);
    }

    internal static bool IsEmpty(PLIST_ENTRY head, string operation) => ListLinks.Flink(head, operation) == head;

    /// <summary>Inserts <paramref name="entry"/> first; returns the entry that was first (the head if the list was empty).</summary>
    internal static PLIST_ENTRY InsertHead(PLIST_ENTRY head, PLIST_ENTRY entry, string operation)
    {
        var next = ListLinks.Flink(head, operation);
        if (ListLinks.Blink(next, operation) != head)
        {
            ListLinks.Corrupted(operation, head, $"its first entry {next} does not point back at it");
        }

        ListLinks.Home(entry);
        ListLinks.SetFlink(entry, next, operation);
        ListLinks.SetBlink(entry, head, operation);
        ListLinks.SetBlink(next, entry, operation);
        ListLinks.SetFlink(head, entry, operation);
        return next;
    }

    /// <summary>Inserts <paramref name="entry"/> last; returns the entry that was last (the head if the list was empty).</summary>
    internal static PLIST_ENTRY InsertTail(PLIST_ENTRY head, PLIST_ENTRY entry, string operation)
    {
        var previous = ListLinks.Blink(head, operation);
        if (ListLinks.Flink(previous, operation) != head)
        {
            ListLinks.Corrupted(operation, head, $"its last entry {previous} does not point forward to it");
        }

        ListLinks.Home(entry);
        ListLinks.SetFlink(entry, head, operation);
        ListLinks.SetBlink(entry, previous, operation);
        ListLinks.SetFlink(previous, entry, operation);
        ListLinks.SetBlink(head, entry, operation);
        return previous;
    }

    /// <summary>Unlinks <paramref name="entry"/>; TRUE if the list is empty afterwards.</summary>
    internal static bool Remove(PLIST_ENTRY entry, string operation)
    {
        var next = ListLinks.Flink(entry, operation);
        var previous = ListLinks.Blink(entry, operation);
        if (ListLinks.Blink(next, operation) != entry || ListLinks.Flink(previous, operation) != entry)
        {
            ListLinks.Corrupted(operation, entry, $"its neighbours {previous} and {next} do not both point at it");
        }

        ListLinks.SetFlink(previous, next, operation);
        ListLinks.SetBlink(next, previous, operation);
        ListLinks.Unlinked(entry);
        if (next == previous)
        {
            // One entry is left (the head of an empty list): nothing but itself points at it now.
            ListLinks.Unlinked(next);
            return true;
        }

        return false;
    }

    /// <summary>Unlinks the first entry and returns it; an empty list returns its head.</summary>
    internal static PLIST_ENTRY RemoveHead(PLIST_ENTRY head, string operation)
    {
        var entry = ListLinks.Flink(head, operation);
        var next = ListLinks.Flink(entry, operation);
        if (ListLinks.Blink(entry, operation) != head || ListLinks.Blink(next, operation) != entry)
        {
            ListLinks.Corrupted(operation, entry, $"the first entry of the list at {head} and its successor {next} do not point back along the list");
        }

        ListLinks.SetFlink(head, next, operation);
        ListLinks.SetBlink(next, head, operation);
        UnlinkedFrom(head, entry, next);

        return entry;
    }

    /// <summary>Unlinks the last entry and returns it; an empty list returns its head.</summary>
    internal static PLIST_ENTRY RemoveTail(PLIST_ENTRY head, string operation)
    {
        var entry = ListLinks.Blink(head, operation);
        var previous = ListLinks.Blink(entry, operation);
        if (ListLinks.Flink(entry, operation) != head || ListLinks.Flink(previous, operation) != entry)
        {
            ListLinks.Corrupted(operation, entry, $"the last entry of the list at {head} and its predecessor {previous} do not point along the list");
        }

        ListLinks.SetBlink(head, previous, operation);
        ListLinks.SetFlink(previous, head, operation);
        UnlinkedFrom(head, entry, previous);

        return entry;
    }

    /// <summary>Appends the headless circular list that starts at <paramref name="list"/> to the list at <paramref name="head"/>.</summary>
    internal static void AppendTail(PLIST_ENTRY head, PLIST_ENTRY list, string operation)
    {
        var end = ListLinks.Blink(head, operation);
        Check(head, operation);
        Check(list, operation);
        var listEnd = ListLinks.Blink(list, operation);
        ListLinks.SetFlink(end, list, operation);
        ListLinks.SetBlink(head, listEnd, operation);
        ListLinks.SetFlink(listEnd, head, operation);
        ListLinks.SetBlink(list, end, operation);
    }

    /// <summary>After a removal from the end of a list: the entry is linked no more, nor is the head
    /// once the list is empty (<paramref name="neighbour"/> is the head then), so that a driver's
    /// objects are not kept alive by the machine after its lists are emptied.</summary>
    private static void UnlinkedFrom(PLIST_ENTRY head, PLIST_ENTRY entry, PLIST_ENTRY neighbour)
    {
        if (entry != head)
        {
            ListLinks.Unlinked(entry);
        }

        if (neighbour == head)
        {
            ListLinks.Unlinked(head);
        }
    }

    /// <summary>An entry's neighbours point back at it.</summary>
    private static void Check(PLIST_ENTRY entry, string operation)
    {
        var next = ListLinks.Flink(entry, operation);
        var previous = ListLinks.Blink(entry, operation);
        if (ListLinks.Blink(next, operation) != entry || ListLinks.Flink(previous, operation) != entry)
        {
            ListLinks.Corrupted(operation, entry, $"its neighbours {previous} and {next} do not both point at it");
        }
    }
}
