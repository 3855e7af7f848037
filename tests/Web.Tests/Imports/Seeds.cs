namespace CommunityPlanning.Web.Tests.Imports;

/// <summary>The real records of tests/seeds (see its README), copied next to the test assembly.</summary>
public static class Seeds
{
    public static string VisionRecord => Read("vision-record-liberec.txt");

    /// <summary>Shared seed 003: minutes of a working group, copied from PDF (a blank line after every line).</summary>
    public static string Minutes => Read("minutes-liberec-ps-zdravotne.txt");

    public static string MediumTermPlan => Read("medium-term-plan-usti.txt");

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", name));
}
