import { h, uid } from "../dom";
import { formatDateTime } from "../format";
import { t, tn } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import { mayContribute, mayFacilitate, type LivePanel, type PanelContext } from "../meetings/panel";
import { ObjectiveLinks } from "../plans/objectiveLinks";
import type { BoardView, ProposalRanking, ProposalView } from "../types";
import { keepingFocus } from "../ui/focus";
import { AlertBox, field, options } from "../ui/forms";
import { DotSteppers } from "./dotStepper";

export interface Area {
  id: string;
  heading: string;
}

/**
 * The proposals board ("návrhy aktivit") under the vision's areas: everyone adds proposals live (hidden from the
 * others in a private brainstorm), the facilitator edits, moves and merges them, and a dot round ranks them.
 */
export class ProposalsPanel implements LivePanel {
  readonly el = h("section", { class: "panel proposals-panel", "aria-labelledby": "proposals-title" });
  private readonly toolsEl = h("div", { class: "board-tools" });
  private readonly areasEl = h("div", { class: "board-areas" });
  private readonly rankingEl = h("div", { class: "board-ranking" });
  private readonly alert = new AlertBox();
  // Kept across re-renders, so what someone is typing survives other people's changes.
  private steppers: DotSteppers | null = null;
  private readonly addForms = new Map<string, HTMLFormElement>();
  private readonly actions = new Map<string, { key: string; el: HTMLElement }>();
  private round: number | null = null;
  private areas: Area[] = [];
  private state: MeetingState | null = null;
  /** This person's own view (their hidden proposals, their dots); refetched after changes. */
  private personal: BoardView | null = null;
  private fetching = false;
  private fetchAgain = false;
  private readonly links: ObjectiveLinks;

  /** @param canDownload signed-in organizers may download rankings as CSV. */
  constructor(
    private readonly context: PanelContext,
    private readonly meetingId: string,
    private readonly canDownload: boolean,
  ) {
    this.el.append(h("h2", { id: "proposals-title" }, t("board.title")), this.alert.el, this.toolsEl, this.areasEl, this.rankingEl);
    this.links = new ObjectiveLinks(context.commands, () => this.state && this.render(this.state));
  }

  setAreas(areas: Area[]): void {
    this.areas = areas;
    if (this.state) this.render(this.state);
  }

  update(state: MeetingState): void {
    const previous = this.state;
    this.state = state;
    if (previous && previous.board === state.board && previous.you === state.you && previous.details === state.details) return;
    if (state.you.role !== "Observer" && (previous?.board !== state.board || !this.personal)) void this.refresh();
    this.links.load(state.board);
    this.render(state);
  }

  /** Participants and facilitators see more than the broadcast: fetch their own view (one request at a time). */
  private async refresh(): Promise<void> {
    if (this.fetching) {
      this.fetchAgain = true;
      return;
    }
    this.fetching = true;
    try {
      do {
        this.fetchAgain = false;
        this.personal = await this.context.commands.getBoard();
      } while (this.fetchAgain);
      if (this.personal.roundDots === this.round) this.steppers?.load(Object.entries(this.personal.yourDots));
      if (this.state) this.render(this.state);
    } catch (e) {
      this.alert.error(e);
    } finally {
      this.fetching = false;
    }
  }

  private get board(): BoardView {
    return this.personal ?? this.state!.board;
  }

  private render(s: MeetingState): void {
    keepingFocus(this.el, () => {
      this.renderTools(s);
      this.renderAreas(s);
      this.renderRanking();
    });
  }

  private renderTools(s: MeetingState): void {
    const board = this.board;
    const c = this.context.commands;
    const run = (action: () => Promise<unknown>) => () => void this.alert.run(action);
    const parts: HTMLElement[] = [];
    if (board.brainstorm) parts.push(h("p", { class: "hint" }, t("board.brainstormOn")));
    if (mayFacilitate(s)) {
      const brainstorm = h("input", { type: "checkbox", role: "switch", id: "board-brainstorm", checked: board.brainstorm, "data-focus-key": "brainstorm" });
      brainstorm.addEventListener("change", run(() => c.setBrainstorm(brainstorm.checked)));
      parts.push(h("div", { class: "switch-row" }, brainstorm, h("label", { for: "board-brainstorm" }, t("board.brainstorm"))));
      if (board.proposals.some((p) => p.hidden)) parts.push(h("button", { type: "button", "data-focus-key": "reveal", onclick: run(c.revealProposals) }, t("board.reveal")));
      if (board.roundDots === null) {
        const dots = h("input", { type: "number", min: 1, max: 100, value: "3", name: "dots" });
        const show = h("input", { type: "checkbox", id: uid("show-totals"), name: "showTotals" });
        parts.push(
          h(
            "div",
            { class: "form-row" },
            field(t("board.dotsPerVoter"), dots),
            h("div", { class: "switch-row" }, show, h("label", { for: show.id }, t("board.showTotals"))),
            h("button", { type: "button", "data-focus-key": "start", onclick: run(() => c.startPrioritisation(Number(dots.value), show.checked)) }, t("board.start")),
          ),
        );
      } else {
        parts.push(h("button", { type: "button", class: "primary", "data-focus-key": "close", onclick: run(c.closePrioritisation) }, t("board.close")));
      }
    }
    if (board.roundDots !== null) parts.push(h("p", { class: "round" }, tn("board.roundDots", board.roundDots)));
    if (board.roundDots !== null && board.totalsHidden) parts.push(h("p", { class: "hint" }, t("board.dotsHidden")));
    this.toolsEl.replaceChildren(...parts);
  }

  private renderAreas(s: MeetingState): void {
    const board = this.board;
    const contributing = mayContribute(s);
    const voting = contributing && board.roundDots !== null;
    if (board.roundDots !== this.round) {
      this.round = board.roundDots;
      // A new round starts from the server's (empty) allocation.
      this.steppers = board.roundDots === null ? null : new DotSteppers({ total: board.roundDots, maxEach: board.roundDots });
      this.steppers?.set(Object.entries(board.yourDots));
    }
    const groups = [...this.areas, { id: "", heading: t("board.unplaced") }].map((area) => {
      const proposals = board.proposals
        .filter((p) => (p.areaId ?? "") === area.id)
        .sort((a, b) => (board.roundDots !== null ? b.dots - a.dots : 0) || a.createdAt.localeCompare(b.createdAt));
      if (area.id === "" && proposals.length === 0) return null;
      const headingId = uid("area");
      return h(
        "section",
        { class: "board-area", "aria-labelledby": headingId },
        h("h3", { id: headingId }, area.heading),
        proposals.length === 0 ? h("p", { class: "hint" }, t("board.empty")) : h("ul", { class: "proposals" }, proposals.map((p) => this.renderProposal(s, p, voting))),
        contributing ? this.addForm(area.id || null, area.heading) : null,
      );
    });
    this.areasEl.replaceChildren(...groups.filter((g): g is HTMLElement => g !== null));
    // Merged or removed meanwhile.
    this.steppers?.keep(new Set(board.proposals.filter((p) => !p.hidden).map((p) => p.id)));
    if (voting) this.areasEl.append(this.dotsForm());
  }

  private renderProposal(s: MeetingState, p: ProposalView, voting: boolean): HTMLElement {
    const facilitating = mayFacilitate(s);
    const c = this.context.commands;
    const textId = `proposal-${p.id}`;
    const run = (action: () => Promise<unknown>) => () => void this.alert.run(action);
    const authors = p.authorIds.map((id) => this.context.nameOf(id)).join(", ");
    const stepper = voting && !p.hidden && this.steppers ? this.steppers.row(p.id, p.text ?? "", `${p.id}:dots`, false) : null;
    const hiddenTotals = this.board.totalsHidden && this.board.roundDots !== null;
    return h(
      "li",
      { class: p.hidden ? "proposal hidden-proposal" : "proposal", "data-proposal": p.id },
      h("p", { class: "proposal-text", id: textId }, p.text ?? t("board.hiddenProposal")),
      h(
        "p",
        { class: "comment-meta" },
        [authors, p.hidden ? t("board.hidden") : "", p.mergedFrom.length ? t("board.merged", { count: p.mergedFrom.length }) : "", !hiddenTotals && (p.dots || this.board.roundDots !== null) ? tn("board.dotsOn", p.dots, { voters: p.voters }) : ""]
          .filter(Boolean)
          .join(" · "),
      ),
      this.links.label(p),
      stepper ? h("div", { class: "dot-field" }, h("span", { class: "hint" }, t("board.yourDots")), stepper) : null,
      mayContribute(s) && (facilitating || p.authorIds.includes(s.you.participantId)) ? this.links.picker(p, textId) : null,
      facilitating ? this.cachedActions(p, textId, run, c) : null,
    );
  }

  /** The facilitator's tools for a proposal, kept while the proposal and the board's proposals stay the same. */
  private cachedActions(p: ProposalView, textId: string, run: (a: () => Promise<unknown>) => () => void, c: PanelContext["commands"]): HTMLElement {
    const key = [p.text, p.areaId, this.areas.length, ...this.board.proposals.map((o) => o.id)].join("|");
    const cached = this.actions.get(p.id);
    if (cached && cached.key === key) return cached.el;
    const el = this.proposalActions(p, textId, run, c);
    this.actions.set(p.id, { key, el });
    return el;
  }

  private proposalActions(p: ProposalView, textId: string, run: (a: () => Promise<unknown>) => () => void, c: PanelContext["commands"]): HTMLElement {
    const areaSelect = options(h("select", { "data-focus-key": `${p.id}:area` }), ["", ...this.areas.map((a) => a.id)], (id) => this.areas.find((a) => a.id === id)?.heading ?? t("board.unplaced"), p.areaId ?? "");
    const others = this.board.proposals.filter((o) => o.id !== p.id);
    const mergeSelect = options(h("select", { "data-focus-key": `${p.id}:merge` }), others.map((o) => o.id), (id) => (others.find((o) => o.id === id)?.text ?? t("board.hiddenProposal")).slice(0, 80));
    const text = h("textarea", { rows: 2, maxlength: 2000 }, p.text ?? "");
    return h(
      "details",
      { class: "proposal-actions" },
      h("summary", { "aria-describedby": textId }, t("roster.actions")),
      field(t("board.editText"), text),
      h("button", { type: "button", onclick: run(() => c.editProposal(p.id, text.value)) }, t("agenda.save")),
      h("div", { class: "form-row" }, field(t("board.moveTo"), areaSelect), h("button", { type: "button", onclick: run(() => c.moveProposal(p.id, areaSelect.value || null)) }, t("board.move"))),
      others.length > 0
        ? h("div", { class: "form-row" }, field(t("board.mergeInto"), mergeSelect), h("button", { type: "button", onclick: run(() => c.mergeProposals(mergeSelect.value, p.id)) }, t("board.merge")))
        : null,
      h("button", { type: "button", class: "danger", onclick: run(async () => { if (window.confirm(t("board.removeConfirm"))) await c.removeProposal(p.id); }) }, t("agenda.remove")),
    );
  }

  private addForm(areaId: string | null, heading: string): HTMLFormElement {
    const cached = this.addForms.get(areaId ?? "");
    if (cached) return cached;
    const text = h("textarea", { rows: 2, maxlength: 2000, required: true });
    const form = h("form", { class: "proposal-form" }, field(t("board.newIn", { area: heading }), text), h("button", { type: "submit" }, t("board.add")));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const value = text.value;
      text.value = "";
      void this.alert.run(async () => {
        try {
          await this.context.commands.addProposal(areaId, value);
        } catch (e) {
          text.value = value;
          throw e;
        }
      });
    });
    this.addForms.set(areaId ?? "", form);
    return form;
  }

  private dotsForm(): HTMLElement {
    const steppers = this.steppers!;
    return h(
      "div",
      { class: "dots-form" },
      steppers.leftEl,
      h(
        "button",
        {
          type: "button",
          class: "primary",
          "data-focus-key": "save-dots",
          onclick: () =>
            void this.alert.run(() =>
              this.context.commands.placeDots([...steppers.current()].map(([proposalId, dots]) => ({ proposalId, dots }))),
            ),
        },
        t("board.saveDots"),
      ),
    );
  }

  private renderRanking(): void {
    const rankings = this.board.rankings;
    if (rankings.length === 0) {
      this.rankingEl.replaceChildren();
      return;
    }
    const latest = rankings[rankings.length - 1];
    this.rankingEl.replaceChildren(
      h("h3", {}, t("board.ranking", { number: latest.number, at: formatDateTime(latest.at) })),
      ...this.rankingLists(latest),
      ...(this.canDownload ? [h("p", {}, h("a", { href: `/api/meetings/${this.meetingId}/proposals/rankings/${latest.number}.csv`, download: "" }, t("board.csv")))] : []),
    );
  }

  private rankingLists(ranking: ProposalRanking): HTMLElement[] {
    const line = (e: ProposalRanking["entries"][number]) => h("li", {}, e.text, " ", h("span", { class: "hint" }, tn("board.dotsOn", e.dots, { voters: e.voters })));
    const byArea = [...this.areas, { id: "", heading: t("board.unplaced") }]
      .map((area) => ({ area, entries: ranking.entries.filter((e) => (e.areaId ?? "") === area.id).sort((a, b) => a.rankInArea - b.rankInArea) }))
      .filter((g) => g.entries.length > 0);
    return [
      h("p", {}, tn("board.rankingMeta", ranking.dotsPerVoter, { voters: ranking.votersCount })),
      ...byArea.map((g) => h("div", {}, h("h4", {}, g.area.heading), h("ol", {}, g.entries.map(line)))),
      h("h4", {}, t("board.overall")),
      h("ol", { class: "overall" }, [...ranking.entries].sort((a, b) => a.rankOverall - b.rankOverall).map(line)),
    ];
  }
}
