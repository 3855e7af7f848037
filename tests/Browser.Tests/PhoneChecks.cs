using Microsoft.Playwright;

namespace CommunityPlanning.Browser.Tests;

/// <summary>What a page must be on a phone: nothing scrolls sideways, and what a finger taps is big enough.</summary>
public static class PhoneChecks
{
    /// <summary>The smallest touch target, in CSS pixels (WCAG 2.5.5, Apple's and Google's guides).</summary>
    public const int MinTarget = 44;

    public static async Task NoSideScrollAsync(IPage page, string where)
    {
        // A mobile browser widens its layout viewport (innerWidth) to fit content that is too wide, so the page is
        // measured against the screen's width too.
        var sizes = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, innerWidth]");
        var (scroll, width) = (sizes[0], Math.Min(sizes[1], page.ViewportSize!.Width));
        if (scroll > width)
        {
            var wide = await page.EvaluateAsync<string[]>("""
                w => [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > w && getComputedStyle(e).position !== 'fixed')
                  .slice(0, 8)
                  .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} right ${Math.round(e.getBoundingClientRect().right)}`)
                """, width);
            Assert.Fail($"{where} scrolls sideways at {width} px: {scroll} px wide ({page.Url}); too wide: {string.Join(", ", wide)}");
        }
    }

    /// <summary>
    /// The control is at least 44×44 CSS px; a checkbox or radio button is tapped through its labels too, so the
    /// box around it and its labels is measured.
    /// </summary>
    public static async Task TargetAsync(ILocator control, string where)
    {
        var box = await control.EvaluateAsync<double[]>("""
            e => {
              const parts = [e, ...((e.type === 'radio' || e.type === 'checkbox') && e.labels ? e.labels : [])]
                .map(x => x.getBoundingClientRect());
              const left = Math.min(...parts.map(r => r.left)), right = Math.max(...parts.map(r => r.right));
              const top = Math.min(...parts.map(r => r.top)), bottom = Math.max(...parts.map(r => r.bottom));
              return [right - left, bottom - top];
            }
            """);
        Assert.True(box[0] >= MinTarget - 0.5 && box[1] >= MinTarget - 0.5,
            $"the touch target of {where} is {box[0]:0.#}×{box[1]:0.#} px, less than {MinTarget}×{MinTarget}");
    }
}
