import { beforeEach, describe, expect, it } from "vitest";
import type { QuestionsView, QuestionView } from "../../src/contract.generated";
import { needsRead, questionMarker, viewFrom } from "../../src/audience/questionsView";
import { czech } from "../panels/dom";

const me = "p-me";
const q = (id: string, state: QuestionView["state"], extra: Partial<QuestionView> = {}): QuestionView => ({
  id, text: `Otázka ${id}`, authorName: null, state, votes: 0, askedAt: `2026-12-06T15:0${id.length}:00Z`, voted: false, mine: false, enteredBy: null, ...extra,
});
const view = (questions: QuestionView[], extra: Partial<QuestionsView> = {}): QuestionsView => ({ questions, pending: 0, moderators: [], moderator: false, inMinutes: false, ...extra });

describe("questions without a read per change", () => {
  it("an observer who asked nothing gets a newly released question from the broadcast alone, keeping their votes", () => {
    const personal = view([q("a", "Released", { voted: true, votes: 1 })], { pending: 1 });
    const previous = view([q("a", "Released", { votes: 1 })], { pending: 1 });
    const released = view([q("a", "Released", { votes: 2 }), q("b", "Released")], { pending: 0 });
    expect(needsRead(previous, released, personal, me)).toBe(false);
    const shown = viewFrom(released, personal, new Set());
    expect(shown.questions.map((x) => [x.id, x.votes, x.voted])).toEqual([["a", 2, true], ["b", 0, false]]);
  });

  it("a vote given since the read counts as the viewer's", () => {
    const shown = viewFrom(view([q("a", "Released", { votes: 1 })]), view([]), new Set(["a"]));
    expect(shown.questions[0]!.voted).toBe(true);
  });

  it("the author keeps their pending question until it is released, then reads once", () => {
    const personal = view([q("mine", "Pending", { mine: true })], { pending: 1 });
    const other = view([q("x", "Released")], { pending: 1 });
    expect(needsRead(view([], { pending: 1 }), other, personal, me)).toBe(false);
    expect(viewFrom(other, personal, new Set()).questions.map((x) => x.id)).toEqual(["x", "mine"]);
    const releasedMine = view([q("x", "Released"), q("mine", "Released")], { pending: 0 });
    expect(needsRead(other, releasedMine, personal, me)).toBe(true);
  });

  it("an author whose pending question was merged away or hidden reads again", () => {
    const personal = view([q("mine", "Pending", { mine: true })], { pending: 2 });
    expect(needsRead(view([], { pending: 2 }), view([], { pending: 1 }), personal, me)).toBe(true);
  });

  it("moderators, and one just named moderator, read their own view on each change", () => {
    const broadcast = view([]);
    expect(needsRead(undefined, broadcast, view([], { moderator: true }), me)).toBe(true);
    expect(needsRead(undefined, view([], { moderators: [me] }), view([]), me)).toBe(true);
    expect(viewFrom(broadcast, view([q("p", "Pending")], { moderator: true }), new Set()).questions).toHaveLength(1);
  });
});

describe("the marker of a question asked on someone's behalf", () => {
  beforeEach(czech);

  it("names for whom and by whom as the viewer may see them, and nothing on one's own question", () => {
    expect(questionMarker(q("a", "Released"))).toBeNull();
    expect(questionMarker(q("a", "Released", { authorName: "Jana Telefonní", enteredBy: "Petra" }))).toBe("zadáno za Jana Telefonní (zadal/a Petra)");
    expect(questionMarker(q("a", "Released", { enteredBy: "Petra" }))).toBe("zadáno za tazatele (zadal/a Petra)");
    // The public, when the one who entered it shows neither name nor role.
    expect(questionMarker(q("a", "Released", { authorName: "člen(ka) skupiny", enteredBy: "" }))).toBe("zadáno za tazatele");
  });
});
