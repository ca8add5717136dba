namespace NtSim.Debugger.Commands.Types;

/// <summary>What kind of value a field holds, for <c>dt</c>'s value column.</summary>
internal enum KdFieldKind
{
    /// <summary>A signed integer (Int2B, Int4B, Int8B): <c>0n6</c>.</summary>
    Signed,

    /// <summary>An unsigned integer (Uint2B, Uint4B, Uint8B): <c>0xd0</c>.</summary>
    Unsigned,

    /// <summary>A character (Char, UChar): <c>0 ''</c>, <c>0x41 'A'</c>.</summary>
    Character,

    /// <summary>A pointer (Ptr64): <c>0xffffa50f`00000010</c> or <c>(null)</c>.</summary>
    Pointer,

    /// <summary>An embedded structure or union: its type name stands for the value, as dt prints it without -r.</summary>
    Structure,
}

/// <summary>One line of <c>dt</c>: the offset, the name, the type as dt spells it, and, for a value NtSim keeps in a
/// managed object rather than in simulated memory, how to read it from that object (null: read <see cref="Size"/>
/// bytes of memory at the offset): a number, or the text dt prints (a UNICODE_STRING's <c>"\Driver\Zero"</c>).
/// <see cref="Depth"/> 1 is a field of the embedded structure above it, as <c>dt -r1</c> prints it.</summary>
internal sealed record KdField(int Offset, string Name, string Type, KdFieldKind Kind, int Size, Func<object, object>? Read = null, int Depth = 0);
