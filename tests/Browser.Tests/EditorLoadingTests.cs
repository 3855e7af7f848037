using System.Collections.Concurrent;
using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The editor (CodeMirror) is a chunk of its own, fetched when someone starts editing a section: an observer's phone
/// never downloads it, and what a participant types while it is on its way all arrives, at the caret, with the focus
/// kept (docs/architecture.md, "Chunks").
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EditorLoadingTests(AppFixture app)
{
    private const string Section = "Uživatelé služeb v sociální oblasti";
    private const string FirstWords = " Hned píšu.";
    private const string MoreWords = " A dál.";
    private const string FacilitatorWords = "Mezitím: ";

    [Fact]
    public async Task Observers_never_load_the_editor_and_a_participant_loses_nothing_typed_while_it_loads()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Načítání editoru");

        var observerScripts = new ConcurrentQueue<string>();
        var observer = await JoinByInviteAsync(app.Browser, facilitator, "Pozorovatel", "Veřejnost",
            page =>
            {
                page.Request += (_, request) => observerScripts.Enqueue(request.Url);
                return Task.CompletedTask;
            });

        // The participant's editor chunk is held back until the typing is done: a slow phone network, made certain.
        var release = new TaskCompletionSource();
        var editorRequested = new TaskCompletionSource();
        var participant = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Věra Šťastná",
            page => page.RouteAsync("**/dist/chunks/codemirror-*.js", async route =>
            {
                editorRequested.TrySetResult();
                await release.Task;
                await route.ContinueAsync();
            }));

        await OpenAreaAsync("Vize", facilitator, observer, participant);
        var before = await Editor(observer).InnerTextAsync();
        await Expect(Editor(observer)).ToHaveAttributeAsync("aria-readonly", "true");
        await Expect(Editor(participant)).ToHaveAttributeAsync("aria-readonly", "false");
        await Expect(observer.Locator(".cm-editor")).ToHaveCountAsync(0);
        Assert.Empty(EditorScripts(observerScripts));

        // The participant starts editing: the editor is asked for, and until it is there, the plain text takes the keys.
        await Editor(participant).ClickAsync();
        await editorRequested.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await participant.Keyboard.PressAsync("Control+End");
        await participant.Keyboard.TypeAsync(FirstWords, new() { Delay = 10 });
        await Expect(SectionOf(participant).GetByRole(AriaRole.Status).Filter(new() { HasText = "Načítám editor…" })).ToBeVisibleAsync();
        await Expect(SectionOf(participant).Locator(".cm-editor")).ToHaveCountAsync(0);
        await Accessibility.CheckAsync(participant, app.AxeSource, "a section while the editor loads");

        // Meanwhile the facilitator writes at the start of the same section.
        await Editor(facilitator).ClickAsync();
        await facilitator.Keyboard.PressAsync("Control+Home");
        await facilitator.Keyboard.TypeAsync(FacilitatorWords, new() { Delay = 10 });
        await Expect(Editor(observer)).ToHaveTextAsync(FacilitatorWords + before);

        // The editor arrives: it has the participant's words where they were typed, the caret after them, the focus,
        // and the facilitator's words too; typing goes on at the caret.
        release.SetResult();
        await Expect(SectionOf(participant).Locator(".cm-editor")).ToHaveCountAsync(1);
        var expected = FacilitatorWords + before + FirstWords;
        await Expect(Editor(participant)).ToHaveTextAsync(expected);
        await Expect(Editor(participant)).ToBeFocusedAsync();
        await participant.Keyboard.TypeAsync(MoreWords, new() { Delay = 10 });
        expected += MoreWords;
        await Expect(Editor(facilitator)).ToHaveTextAsync(expected);
        await Expect(Editor(participant)).ToHaveTextAsync(expected);
        await Expect(SectionOf(participant).GetByRole(AriaRole.Status).Filter(new() { HasText = "Načítám editor…" })).ToHaveCountAsync(0);

        // The observer follows the writing, caret and name included, and focusing the text fetches no editor either.
        await Expect(Editor(observer)).ToHaveTextAsync(expected);
        // The caret is named as the public may see the writer (she chose nothing: what kind of attendee she is).
        await Expect(Editor(observer).Locator(".remote-caret[data-name='člen(ka) skupiny']")).ToBeVisibleAsync();
        await Editor(observer).ClickAsync();
        await Expect(Editor(observer)).ToBeFocusedAsync();
        await Expect(observer.Locator(".cm-editor")).ToHaveCountAsync(0);
        Assert.Empty(EditorScripts(observerScripts));
        await Accessibility.CheckAsync(observer, app.AxeSource, "observer, plain text with a remote caret");
    }

    /// <summary>Requests for the editor's chunks (CodeMirror and the section editor on it).</summary>
    private static IEnumerable<string> EditorScripts(IEnumerable<string> urls) =>
        urls.Where(u => u.Contains("/dist/chunks/codemirror-", StringComparison.Ordinal)
            || u.Contains("/dist/chunks/sectionEditor-", StringComparison.Ordinal));

    private static ILocator SectionOf(IPage page) =>
        page.Locator(".live-section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Level = 3, Name = Section }) });

    private static ILocator Editor(IPage page) => SectionOf(page).GetByRole(AriaRole.Textbox, new() { Name = Section });
}
