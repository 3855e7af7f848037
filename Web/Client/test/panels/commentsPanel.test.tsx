// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it } from "vitest";
import { CommentsPanel } from "../../src/documents/commentsPanel";
import type { SectionPanel } from "../../src/documents/sectionPanel";
import type { MeetingHubAccess } from "../../src/live/meetingChannel";
import type { Comment } from "../../src/types";
import { click, czech, find, type } from "./dom";

const comment = (id: string, from: number, text: string, status: Comment["status"] = "Open"): Comment => ({
  id, sectionId: "s1", from, to: from + 5, revision: 1, quote: "", authorId: "m", authorName: "Marie", text, at: `2026-05-26T11:0${from}:00+00:00`, status, replies: [],
});

const hub = (comments: Comment[]): MeetingHubAccess => ({ invoke: <T,>() => Promise.resolve(comments as T), on: () => () => undefined, onJoined: () => () => undefined });
const section = { sectionId: "s1", showComments: () => undefined, showInText: () => undefined, serverSelection: () => null } as unknown as SectionPanel;

const nameOf = (id: string) => `${id} (veřejné jméno)`;

describe("a section's comments", () => {
  beforeEach(czech);

  it("keep a half-typed reply and its focus while other comments come and change", async () => {
    const panel = new CommentsPanel({ hub: hub([comment("c1", 1, "Doplnit čísla"), comment("c2", 3, "Chybí zdroj")]), meetingId: "m1", section, mayComment: true, facilitator: false, nameOf });
    document.body.replaceChildren(panel.el);
    await act(() => panel.load());
    const reply = find<HTMLTextAreaElement>(panel.el, "[data-comment=c1] .reply-form textarea");
    await type(reply, "Čísla doplní K");

    await act(() => panel.changed(comment("c2", 3, "Chybí zdroj", "Resolved")));
    await act(() => panel.changed(comment("c3", 2, "Zkrátit")));

    expect([...panel.el.querySelectorAll(".comment-text")].map((p) => p.textContent)).toEqual(["Doplnit čísla", "Zkrátit", "Chybí zdroj"]);
    expect(find(panel.el, "[data-comment=c2] .comment-status").textContent).toBe("vyřešená");
    expect(find(panel.el, "[data-comment=c1] .reply-form textarea")).toBe(reply);
    expect(reply.value).toBe("Čísla doplní K");
    expect(document.activeElement).toBe(reply);
  });

  it("keep the focus on a comment's status button when its status changes", async () => {
    const panel = new CommentsPanel({ hub: hub([comment("c1", 1, "Doplnit čísla")]), meetingId: "m1", section, mayComment: true, facilitator: false, nameOf });
    document.body.replaceChildren(panel.el);
    await act(() => panel.load());
    const resolve = find<HTMLButtonElement>(panel.el, "[data-comment=c1] .comment-actions button:nth-child(2)");
    await click(resolve);

    await act(() => panel.changed(comment("c1", 1, "Doplnit čísla", "Resolved")));

    expect(document.activeElement).toBe(resolve);
    expect(resolve.textContent).toBe("Znovu otevřít");
  });

  it("name an author the observer got without a name by the public name from the roster", async () => {
    const unnamed = { ...comment("c1", 1, "Doplnit čísla"), authorId: "p1", authorName: "", replies: [{ id: "r1", authorId: "p2", authorName: "", text: "Ano", at: "2026-05-26T11:09:00+00:00" }] };
    const panel = new CommentsPanel({ hub: hub([unnamed]), meetingId: "m1", section, mayComment: false, facilitator: false, nameOf });
    document.body.replaceChildren(panel.el);
    await act(() => panel.load());

    expect([...panel.el.querySelectorAll(".comment-meta strong")].map((s) => s.textContent)).toEqual(["p1 (veřejné jméno)", "p2 (veřejné jméno)"]);
  });
});
