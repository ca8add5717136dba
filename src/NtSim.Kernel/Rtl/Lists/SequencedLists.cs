using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The sequenced singly linked lists (SLIST_HEADER): push, pop and flush are atomic with respect to
/// each other on every processor (the header's lock; <see cref="SLIST_HEADER"/>). The entry's Next
/// is written in its own storage (the pool's bytes for an entry in memory), as on Windows.
/// </summary>
internal static class SequencedLists
{
    internal static void Initialize(SLIST_HEADER head)
    {
        lock (head.Gate)
        {
            head.First = default;
            head.Depth = 0;
            head.Sequence = 0;
        }
    }

    /// <summary>Pushes <paramref name="entry"/>; returns the entry that was first (NULL if none).</summary>
    internal static PSLIST_ENTRY Push(SLIST_HEADER head, PSLIST_ENTRY entry, string operation)
    {
        lock (head.Gate)
        {
            AssertInvariants(head);
            var first = head.First;
            ListLinks.SetNext(entry, first, operation);
            head.First = entry;
            head.Depth++;
            head.Sequence++;
            return first;
        }
    }

    /// <summary>Pops the first entry, NULL if the list is empty.</summary>
    internal static PSLIST_ENTRY Pop(SLIST_HEADER head, string operation)
    {
        lock (head.Gate)
        {
            AssertInvariants(head);
            var first = head.First;
            if (first.IsNull)
            {
                return first;
            }

            head.First = ListLinks.Next(first, operation);
            head.Depth--;
            head.Sequence++;
            ListLinks.Unlinked(first);
            return first;
        }
    }

    /// <summary>Takes the whole chain off the list; returns its first entry (NULL if empty).</summary>
    internal static PSLIST_ENTRY Flush(SLIST_HEADER head)
    {
        lock (head.Gate)
        {
            var first = head.First;
            head.First = default;
            head.Depth = 0;
            return first;
        }
    }

    internal static ushort Depth(SLIST_HEADER head) => Volatile.Read(ref head.Depth);

    [Conditional("DEBUG")]
    private static void AssertInvariants(SLIST_HEADER head) =>
        Debug.Assert(head.First.IsNull == (head.Depth == 0), "an SLIST's depth is 0 exactly when it has no first entry");
}
