namespace ParkSiteGen.Tests.Support;

public static class FileTimes
{
    /// <summary>Gives the files changed since the last step a time of their own, a day ago plus one minute a step: as
    /// if each edit had been made long before its build. Files written within 2 s of a build are never trusted by
    /// their stamps (<c>InputStamps</c>), so without this every build in a test reads every file.</summary>
    public static void Settle(string site, int step)
    {
        var now = DateTime.UtcNow;
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            if (File.GetLastWriteTimeUtc(file) > now.AddHours(-1))
            {
                File.SetLastWriteTimeUtc(file, now.AddDays(-1).AddMinutes(step));
            }
        }
    }
}
