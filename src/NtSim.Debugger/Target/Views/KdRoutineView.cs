using System.Diagnostics;

namespace NtSim.Debugger.Target.Views;

/// <summary>A routine a kernel object points at (a dispatch, completion or cancel routine): its address and its
/// <c>module!name</c>, named at capture through KdSymbols.</summary>
[DebuggerDisplay("{Name,nq}")]
internal sealed record KdRoutineView(ulong Address, string Name);
