using Xunit.Sdk;

namespace NtSim.Cli.Tests;

/// <summary>The expected-output helper itself: what it normalizes, the diff it shows, and that a difference fails.</summary>
public sealed class ExpectedOutputTests
{
    private static readonly string[] s_ten = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

    [Fact]
    public void Diff_OneLineChanged_OneHunkWithThreeLinesOfContextAndLineNumbers()
    {
        var actual = s_ten.Select(l => l == "5" ? "five" : l).ToList();

        Assert.Equal("@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", UnifiedDiff.Of(s_ten, actual));
    }

    [Fact]
    public void Diff_ChangesFarApart_TwoHunks()
    {
        var expected = Enumerable.Range(1, 20).Select(i => $"{i}").ToList();
        var actual = expected.Select(l => l is "2" or "18" ? l + "!" : l).ToList();

        Assert.Equal("@@ -1,5 +1,5 @@\n 1\n-2\n+2!\n 3\n 4\n 5\n@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+18!\n 19\n 20\n",
            UnifiedDiff.Of(expected, actual));
    }

    [Fact]
    public void Diff_LineAddedAtTheEnd_CountsIt()
    {
        Assert.Equal("@@ -1,2 +1,3 @@\n a\n b\n+c\n", UnifiedDiff.Of(["a", "b"], ["a", "b", "c"]));
    }

    [Fact]
    public void Diff_EqualTexts_Empty()
    {
        Assert.Equal("", UnifiedDiff.Of(s_ten, s_ten));
    }

    [Fact]
    public void Diff_Long_CutShortSayingHowMuchIsLeft()
    {
        var diff = UnifiedDiff.Of(s_ten, s_ten.Select(l => l + "!").ToList(), maxLines: 5);

        Assert.EndsWith("\n... (16 more diff lines)\n", diff);
        Assert.Equal(6, diff.Count(c => c == '\n'));
    }

    [Fact]
    public void Text_FoldersLineEndingsAndStoreHashes_Normalized()
    {
        var text = ExpectedOutput.Text(
            "check /tmp/ntsim-inf-x7\\pkg\\a.inf(3): bad\r\nInf file is /tmp/m/DriverStore/simple.inf_amd64_08575463ec13407b/simple.inf\r\n", "",
            ("/tmp/ntsim-inf-x7", "<dir>"), ("/tmp/m", "<machine>"));

        Assert.Equal("check <dir>/pkg/a.inf(3): bad\nInf file is <machine>/DriverStore/simple.inf_amd64_<hash>/simple.inf\n", text);
    }

    [Fact]
    public void Text_RepairTimeInAMovedAsideName_Normalized()
    {
        Assert.Equal("moved aside: <machine>/SYSTEM.hive -> <machine>/SYSTEM.hive.corrupt-<time>\n",
            ExpectedOutput.Text("moved aside: /m/SYSTEM.hive -> /m/SYSTEM.hive.corrupt-20261206-080518\n", "", ("/m", "<machine>")));
    }

    [Fact]
    public void Text_ErrorFollowsTheMarker_AndAnUnendedLineIsSaid()
    {
        Assert.Equal("out\n\\ No newline at end\n--- stderr ---\nerr\n", ExpectedOutput.Text("out", "err\n"));
        Assert.Equal("--- stderr ---\nerr\n", ExpectedOutput.Text("", "err\n"));
    }

    [Fact]
    public void Compare_Different_FailsNamingTheFileWithTheDiffAndHowToAccept()
    {
        var failure = Assert.ThrowsAny<XunitException>(() =>
            ExpectedOutput.Compare("devcon/rescan", "Scanning for new hardware.\nScanning done.\n", update: false));

        Assert.Contains(Path.Combine("Expected", "devcon", "rescan.txt") + ":", failure.Message);
        Assert.Contains("@@ -1,2 +1,2 @@\n Scanning for new hardware.\n-Scanning completed.\n+Scanning done.\n", failure.Message);
        Assert.Contains("NTSIM_UPDATE_EXPECTED=1", failure.Message);
    }

    [Fact]
    public void Compare_NoFile_FailsSayingThereIsNone()
    {
        var failure = Assert.ThrowsAny<XunitException>(() => ExpectedOutput.Compare("devcon/no-such-case", "text\n", update: false));

        Assert.Contains("There is no expected-output file ", failure.Message);
        Assert.Contains(Path.Combine("Expected", "devcon", "no-such-case.txt"), failure.Message);
        Assert.Contains("+text\n", failure.Message);
    }
}
