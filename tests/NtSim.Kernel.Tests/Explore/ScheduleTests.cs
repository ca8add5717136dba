namespace NtSim.Tests.Explore;

public sealed class ScheduleTests
{
    [Theory]
    [InlineData("random seed=17")]
    [InlineData("random seed=-3")]
    [InlineData("pct seed=4 depth=3 steps=118")]
    [InlineData("choices 0.2.0.1")]
    [InlineData("choices")]
    public void Parse_TextForm_RoundTrips(string text)
    {
        var schedule = Schedule.Parse(text);

        Assert.Equal(text, schedule.ToString());
        Assert.Equal(schedule, Schedule.Parse(schedule.ToString()));
    }

    [Fact]
    public void Parse_Pct_ReadsEachField()
    {
        var schedule = Schedule.Parse("pct seed=4 depth=3 steps=118");

        Assert.Equal((ScheduleKind.Pct, 4, 3, 118), (schedule.Kind, schedule.Seed, schedule.Depth, schedule.Steps));
    }

    [Theory]
    [InlineData("")]
    [InlineData("random")]
    [InlineData("random 17")]
    [InlineData("pct seed=4 depth=0 steps=10")]
    [InlineData("pct seed=4 steps=10 depth=3")]
    [InlineData("choices 0.-1")]
    [InlineData("choices 0..1")]
    [InlineData("dfs 0.1")]
    public void Parse_NotASchedule_ThrowsFormatException(string text)
    {
        var e = Assert.Throws<FormatException>(() => Schedule.Parse(text));
        Assert.Contains($"'{text}'", e.Message);
    }

    [Fact]
    public void FromChoices_TrailingFirstChoices_AreDropped()
    {
        var schedule = Schedule.FromChoices([1, 0, 2, 0, 0]);

        Assert.Equal([1, 0, 2], schedule.Choices);
        Assert.Equal(Schedule.FromChoices([1, 0, 2]), schedule);
    }

    [Fact]
    public void FromChoices_NegativeChoice_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Schedule.FromChoices([0, -1]));
}
