namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>The embedded application serving the browser app's files (Web/wwwroot, built by the Web project).</summary>
public sealed class WebRootAppFixture() : EmbeddedAppFixture([$"--contentRoot={WebDirectory}"])
{
    public static string WebDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CommunityPlanning.sln")))
                {
                    return Path.Combine(dir.FullName, "Web");
                }
            }

            throw new InvalidOperationException("CommunityPlanning.sln not found above the test output folder.");
        }
    }
}
