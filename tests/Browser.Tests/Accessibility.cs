using System.Text.Json;
using Microsoft.Playwright;

namespace CommunityPlanning.Browser.Tests;

/// <summary>Runs axe-core on a page and fails on serious or critical violations (with <c>anyImpact</c>, on any violation).</summary>
public static class Accessibility
{
    private const string Run = """
        async (anyImpact) => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations
            .filter(v => anyImpact || v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.impact} ${v.id}: ${v.help} [${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}]`);
        }
        """;

    public static async Task CheckAsync(IPage page, string axeSource, string where, bool anyImpact = false)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            // Evaluated by the browser's debugging protocol, which the page's Content-Security-Policy does not
            // govern; an inline <script> with it would be refused.
            await page.EvaluateAsync(axeSource);
        }

        var violations = await page.EvaluateAsync<JsonElement>(Run, anyImpact);
        var list = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(list.Count == 0, $"Accessibility violations on {where} ({page.Url}):\n{string.Join("\n", list)}");
    }
}
