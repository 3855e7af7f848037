using System.Text.Json;
using Microsoft.Playwright;

namespace CommunityPlanning.Browser.Tests;

/// <summary>Runs axe-core on a page and fails on serious or critical violations, or on any within one component.</summary>
public static class Accessibility
{
    private const string Run = """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.impact} ${v.id}: ${v.help} [${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}]`);
        }
        """;

    /// <summary>Violations of any impact inside the first element the selector matches (a new component).</summary>
    private const string RunWithin = """
        async (selector) => {
          const result = await axe.run(document.querySelector(selector), { resultTypes: ['violations'] });
          return result.violations.map(v => `${v.impact} ${v.id}: ${v.help} [${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}]`);
        }
        """;

    public static async Task CheckAsync(IPage page, string axeSource, string where) => await Check(page, axeSource, where, Run, null);

    /// <summary>Every violation, whatever its impact, inside one component of the page.</summary>
    public static async Task CheckAllAsync(IPage page, string axeSource, string selector, string where) =>
        await Check(page, axeSource, $"{where}, {selector}", RunWithin, selector);

    private static async Task Check(IPage page, string axeSource, string where, string run, string? selector)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            // Evaluated by the browser's debugging protocol, which the page's Content-Security-Policy does not
            // govern; an inline <script> with it would be refused.
            await page.EvaluateAsync(axeSource);
        }

        var violations = await page.EvaluateAsync<JsonElement>(run, selector);
        var list = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(list.Count == 0, $"Accessibility violations on {where} ({page.Url}):\n{string.Join("\n", list)}");
    }
}
