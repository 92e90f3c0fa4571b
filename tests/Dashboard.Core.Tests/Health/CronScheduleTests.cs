using Dashboard.Core.Health;

namespace Dashboard.Core.Tests.Health;

public sealed class CronScheduleTests
{
    [Theory]
    [InlineData("0 3 * * *", 24 * 60)]
    [InlineData("*/15 * * * *", 15)]
    [InlineData("0 */6 * * *", 6 * 60)]
    [InlineData("0 0,12 * * *", 12 * 60)]
    [InlineData("0 2 * * 1-5", 3 * 24 * 60)] // Friday 02:00 to Monday 02:00
    [InlineData("0 9-17/4 * * *", 16 * 60)] // 9, 13, 17; then 17:00 to 09:00
    [InlineData("30 4 * * 0", 7 * 24 * 60)]
    [InlineData("30 4 * * 7", 7 * 24 * 60)]
    [InlineData("0 3 * * sun,WED", 4 * 24 * 60)] // Wednesday to Sunday
    [InlineData("@weekly", 7 * 24 * 60)]
    [InlineData("@hourly", 60)]
    [InlineData("0 0 1 * *", 31 * 24 * 60)] // July 1 to August 1
    [InlineData("5/20 * * * *", 20)] // 5, 25, 45, then 45 to 5 of the next hour
    public void LongestGap_Expression_IsTheLongestWaitBetweenRuns(string cron, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), CronSchedule.LongestGap(cron));
    }

    [Theory]
    [InlineData("61 * * * *")]
    [InlineData("* * *")]
    [InlineData("every day")]
    [InlineData("0 3 * * 1-")]
    [InlineData("*/0 * * * *")]
    [InlineData("0 0 1 1 *")] // yearly: fires once in the scanned weeks, no gap to measure
    [InlineData("")]
    [InlineData(null)]
    public void LongestGap_UnreadableOrTooRare_Null(string? cron)
    {
        Assert.Null(CronSchedule.LongestGap(cron));
    }

    [Fact]
    public void TryParse_BothDayFieldsRestricted_EitherMatches()
    {
        Assert.True(CronSchedule.TryParse("0 0 13 * 5", out var matches));

        Assert.True(matches(new DateTime(2026, 11, 13, 0, 0, 0, DateTimeKind.Utc))); // the 13th (a Friday too)
        Assert.True(matches(new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc))); // a Friday
        Assert.True(matches(new DateTime(2026, 12, 13, 0, 0, 0, DateTimeKind.Utc))); // the 13th, a Sunday
        Assert.False(matches(new DateTime(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc)));
    }
}
