namespace NtSim.Debugger.Remote;

/// <summary>What a data packet carries (its payload's first byte; the rest is UTF-8 text). NtSim's own: KDNET
/// carries the KD serial protocol's state-change and manipulate packets instead, and its debugger formats the text.</summary>
internal enum KdNetMessageKind : byte
{
    /// <summary>Target to debugger: text to print (the banner, a stop's arrival, a command's output).</summary>
    Text = 1,

    /// <summary>Target to debugger: the machine stands still and takes a command; the text is the prompt.</summary>
    Prompt = 2,

    /// <summary>Debugger to target: one command line to run on the target's debugger.</summary>
    Command = 3,

    /// <summary>Either way: the session ends (q); the connection closes after it.</summary>
    Bye = 4,
}

/// <summary>One message of a session: its kind and its text.</summary>
internal readonly record struct KdNetMessage(KdNetMessageKind Kind, string Text);
