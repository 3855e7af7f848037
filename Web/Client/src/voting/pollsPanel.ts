import { h, uid } from "../dom";
import { formatDateTime, formatNumber, formatPercent } from "../format";
import { t, tn } from "../i18n";
import { shownFocus, type MeetingState } from "../live/meetingState";
import { mayFacilitate, type LivePanel, type PanelContext } from "../meetings/panel";
import { MAJORITY_RULES, POLL_KINDS, type LowTurnoutChoice, type LowTurnoutDecision, type MajorityRule, type PollDraft, type PollKind, type PollResult, type PollVerdict, type PollView } from "../types";
import { keepingFocus } from "../ui/focus";
import { AlertBox, field, options } from "../ui/forms";
import { ballotControls, optionLabels, type BallotControls } from "./ballotForm";
import { closeConfirmation } from "./closeConfirm";
import { closeOrAsk, lowTurnoutNote, needsTurnoutChoice } from "./secretTurnout";
import { turnoutChoice } from "./turnoutChoice";
import { verdictWords } from "./verdictWords";

const RECEIPTS = "cp.receipt.";

/** Where a secret poll's receipt is kept: only this browser can change that vote. */
const receiptOf = (pollId: string) => {
  try {
    return localStorage.getItem(RECEIPTS + pollId);
  } catch {
    return null;
  }
};

/** Polls of the meeting: the facilitator sets them up, opens and closes them; the eligible vote; results are shown as their rules allow. */
export class PollsPanel implements LivePanel {
  readonly el = h("section", { class: "panel polls-panel", "aria-labelledby": "polls-title" });
  private readonly listEl = h("div", { class: "polls" });
  private readonly alert = new AlertBox();
  private readonly createForm: HTMLFormElement;
  private readonly ballots = new Map<string, { version: string; controls: BallotControls; alert: AlertBox; el: HTMLElement }>();
  private state: MeetingState | null = null;
  /** Secret polls whose close waits for the facilitator's choice (below the minimum turnout). */
  private readonly choosing = new Set<string>();
  /** Polls whose close waits for the facilitator to confirm it. */
  private readonly confirming = new Set<string>();

  /** @param canDownload signed-in organizers may download results as CSV (the export needs the sign-in). */
  constructor(
    private readonly context: PanelContext,
    private readonly meetingId: string,
    private readonly canDownload: boolean,
  ) {
    this.createForm = this.newPollForm();
    this.el.append(h("h2", { id: "polls-title" }, t("poll.title")), this.alert.el, this.listEl, this.createForm);
  }

  update(state: MeetingState): void {
    const p = this.state;
    this.state = state;
    if (p && p.polls === state.polls && p.you === state.you && p.details === state.details && p.present === state.present && p.focus === state.focus) return;
    keepingFocus(this.el, () => this.render(state));
  }

  focusPoll(pollId: string): void {
    const article = this.listEl.querySelector<HTMLElement>(`[data-poll="${CSS.escape(pollId)}"]`);
    article?.scrollIntoView({ block: "nearest" });
    article?.querySelector<HTMLElement>("h3")?.focus();
  }

  private render(s: MeetingState): void {
    // A choice no longer needed (enough ballots came, or the poll closed) goes away.
    for (const id of this.choosing) if (!s.polls.some((p) => p.id === id && needsTurnoutChoice(p))) this.choosing.delete(id);
    for (const id of this.confirming) if (!s.polls.some((p) => p.id === id && p.phase === "Open")) this.confirming.delete(id);
    const polls = [...s.polls].reverse();
    this.listEl.replaceChildren(...(polls.length === 0 ? [h("p", { class: "hint" }, t("poll.none"))] : polls.map((p) => this.renderPoll(s, p))));
    this.createForm.hidden = !mayFacilitate(s);
  }

  private renderPoll(s: MeetingState, poll: PollView): HTMLElement {
    const facilitating = mayFacilitate(s);
    const c = this.context.commands;
    const titleId = uid("poll");
    const d = poll.draft;
    const run = (action: () => Promise<unknown>) => () => void this.alert.run(action);
    const button = (label: string, key: string, action: () => Promise<unknown>, primary = false) =>
      h("button", { type: "button", class: primary ? "primary" : "", "aria-describedby": titleId, "data-focus-key": `${poll.id}:${key}`, onclick: run(action) }, label);
    const focus = shownFocus(s);
    const presented = focus.kind === "Poll" && focus.targetId === poll.id;
    const eligibleHint = poll.phase === "Open" && poll.result === null ? tn("poll.votedSoFar", poll.voterIds.length) : "";
    const minimumHint = poll.phase !== "Closed" && poll.minimumTurnout !== null ? tn("poll.minimumTurnout", poll.minimumTurnout) : "";
    const choosing = facilitating && this.choosing.has(poll.id);
    const confirming = facilitating && !choosing && this.confirming.has(poll.id);
    const choiceId = uid("turnout-choice");
    return h(
      "article",
      { class: `poll poll-${poll.phase.toLowerCase()}`, "data-poll": poll.id, "aria-labelledby": titleId },
      h("h3", { id: titleId, tabindex: "-1", "data-focus-key": `${poll.id}:title` }, d.question, presented ? h("span", { class: "badge presented" }, t("follow.presented")) : null),
      h(
        "p",
        { class: "poll-meta" },
        [t(`poll.phase.${poll.phase}`), t(`poll.kind.${d.kind}`), d.secret ? t("poll.secret") : t("poll.named"), d.liveResults ? t("poll.live") : t("poll.hidden"), d.quorum ? t("poll.quorum", { count: d.quorum }) : "", minimumHint, eligibleHint]
          .filter(Boolean)
          .join(" · "),
      ),
      facilitating
        ? h(
            "div",
            { class: "item-actions" },
            poll.phase === "Draft" ? button(t("poll.open"), "open", () => c.openPoll(poll.id), true) : null,
            poll.phase === "Open" ? this.closeButton(button(t("poll.close"), "close", () => this.askClose(poll), true), choosing || confirming ? choiceId : null) : null,
            presented ? null : button(t("follow.present"), "present", () => c.setFocus("Poll", poll.id)),
            poll.phase !== "Closed" ? this.recusal(s, poll) : null,
          )
        : null,
      choosing ? turnoutChoice(poll, choiceId, { choose: (choice) => this.closeBelowMinimum(poll.id, choice), cancel: () => this.keepOpen(poll.id) }) : null,
      confirming ? closeConfirmation(poll, choiceId, { confirm: () => this.confirmClose(poll), cancel: () => this.keepOpen(poll.id) }) : null,
      poll.phase === "Open" ? this.ballot(s, poll) : null,
      poll.result ? this.result(poll, poll.result) : poll.lowTurnout?.choice === "Withhold" ? this.withheld(poll.lowTurnout) : null,
    );
  }

  /** The close button says whether the confirmation (or the choice below the minimum turnout) is open under it. */
  private closeButton(button: HTMLButtonElement, choiceId: string | null): HTMLButtonElement {
    button.setAttribute("aria-expanded", String(choiceId !== null));
    if (choiceId) button.setAttribute("aria-controls", choiceId);
    return button;
  }

  /** Closing asks first: the low-turnout choice when a secret poll needs it (it asks already), else a confirmation. */
  private async askClose(poll: PollView): Promise<void> {
    if (needsTurnoutChoice(poll)) {
      this.showChoice(poll.id, `${poll.id}:Withhold`);
      return;
    }
    this.confirming.add(poll.id);
    this.showChoice(null, `${poll.id}:confirmClose`);
  }

  private confirmClose(poll: PollView): void {
    void this.alert.run(async () => {
      this.confirming.delete(poll.id);
      const closed = await closeOrAsk(poll, (belowMinimum) => this.context.commands.closePoll(poll.id, belowMinimum), () => this.showChoice(poll.id, `${poll.id}:Withhold`));
      if (closed) this.showChoice(null, `${poll.id}:title`);
    });
  }

  private closeBelowMinimum(pollId: string, choice: LowTurnoutChoice): void {
    void this.alert.run(async () => {
      await this.context.commands.closePoll(pollId, choice);
      this.choosing.delete(pollId);
      this.showChoice(null, `${pollId}:title`);
    });
  }

  private keepOpen(pollId: string): void {
    this.choosing.delete(pollId);
    this.confirming.delete(pollId);
    this.showChoice(null, `${pollId}:close`);
  }

  /** Opens the choice for a poll (or none), renders, and puts the focus on the element with that focus key. */
  private showChoice(pollId: string | null, focusKey: string): void {
    if (pollId) this.choosing.add(pollId);
    if (this.state) this.render(this.state);
    this.listEl.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
  }

  /** A secret poll closed below the minimum turnout without its result: everyone reads why, and no counts. */
  private withheld(decision: LowTurnoutDecision): HTMLElement {
    return h("div", { class: "poll-result poll-withheld" }, h("h4", {}, t("poll.withheld.title")), h("p", {}, lowTurnoutNote(decision)));
  }

  /** The person's ballot form; kept across re-renders while the poll is the same, so a half-filled form stays. */
  private ballot(s: MeetingState, poll: PollView): HTMLElement | null {
    const you = s.you;
    if (you.role === "Observer" || you.muted || you.noVotingRight || poll.recused.includes(you.participantId) || s.details.phase === "Ended") {
      return poll.recused.includes(you.participantId) ? h("p", { class: "hint" }, t("poll.recusedYou")) : null;
    }
    const voted = poll.voterIds.includes(you.participantId);
    const version = `${poll.id}:${voted}`;
    const existing = this.ballots.get(poll.id);
    if (existing && existing.version === version) return existing.el;

    const controls = existing?.controls ?? ballotControls(poll);
    const alert = new AlertBox();
    const status = h("p", { class: "vote-status", role: "status" }, voted ? t("poll.youVoted") : "");
    const form = h("form", { class: "ballot-form" }, controls.el, alert.el, h("button", { type: "submit", class: "primary" }, voted ? t("poll.change") : t("poll.vote")), status);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void alert.run(async () => {
        const receipt = await this.context.commands.castVote(poll.id, controls.values(), receiptOf(poll.id));
        if (receipt.receipt) {
          try {
            localStorage.setItem(RECEIPTS + poll.id, receipt.receipt);
          } catch {
            // without storage the vote stands; only changing it needs the receipt
          }
        }
        status.textContent = t("poll.youVoted");
      });
    });
    if (voted && !existing) {
      // Show the vote already cast (a reload, another tab).
      void this.context.commands.getBallot(poll.id, receiptOf(poll.id)).then((values) => values && controls.set(values), () => undefined);
    }
    this.ballots.set(poll.id, { version, controls, alert, el: form });
    return form;
  }

  private result(poll: PollView, result: PollResult): HTMLElement {
    const max = Math.max(1, ...result.options.map((o) => o.mean ?? o.count));
    const ranked = [...result.options].sort((a, b) => (b.mean ?? b.count) - (a.mean ?? a.count) || a.index - b.index);
    const turnout = formatPercent(result.eligible > 0 ? result.voted / result.eligible : 0);
    const labels = optionLabels(poll.draft);
    return h(
      "div",
      { class: "poll-result" },
      h("h4", {}, result.final ? t("poll.result") : t("poll.liveResult")),
      h("p", {}, t("poll.turnout", { voted: result.voted, eligible: result.eligible, percent: turnout }), " · ", t(`poll.method.${result.method}`)),
      result.valid ? null : h("p", { class: "alert" }, t("poll.invalid")),
      poll.lowTurnout ? h("p", { class: "low-turnout-note" }, lowTurnoutNote(poll.lowTurnout)) : null,
      result.verdict ? this.verdict(poll, result.verdict, labels) : null,
      h(
        "table",
        { class: "result-table" },
        h("caption", { class: "visually-hidden" }, poll.draft.question),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("poll.option")), h("th", { scope: "col" }, t(`csv.count.${result.method}`)), h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, t("poll.bar"))))),
        h(
          "tbody",
          {},
          ranked.map((o) => {
            const value = o.mean ?? o.count;
            return h(
              "tr",
              { "data-option": o.index },
              h("th", { scope: "row" }, labels[o.index] ?? o.label),
              h("td", { class: "number" }, o.mean === null ? String(o.count) : formatNumber(o.mean, 2)),
              h("td", { class: "bar-cell", "aria-hidden": "true" }, h("span", { class: "bar", style: `width: ${Math.round((100 * value) / max)}%` })),
            );
          }),
        ),
      ),
      result.final ? h("p", { class: "hint" }, t("poll.closedAt", { at: formatDateTime(result.at) })) : null,
      this.canDownload ? h("p", {}, h("a", { href: `/api/meetings/${this.meetingId}/polls/${poll.id}/result.csv`, download: "" }, t("poll.csv"))) : null,
    );
  }

  /** "Usnesení bylo přijato: 7 pro, 2 proti, zdrželo se 1." and the rule it was reached by; live results say it is not final. */
  private verdict(poll: PollView, v: PollVerdict, labels: string[]): HTMLElement {
    const words = verdictWords(poll, v, labels);
    return h("div", { class: `verdict verdict-${v.outcome.toLowerCase()}` }, h("p", { class: "verdict-text" }, h("strong", {}, words.text)), h("p", { class: "hint" }, words.rule));
  }

  private recusal(s: MeetingState, poll: PollView): HTMLElement {
    const voters = s.roster.filter((e) => e.role !== "Observer" && !e.removed);
    const select = options(h("select", {}), voters.map((e) => e.participantId), (id) => `${this.context.nameOf(id)}${poll.recused.includes(id) ? ` (${t("poll.recused")})` : ""}`);
    return h(
      "details",
      { class: "recusal" },
      h("summary", {}, t("poll.recusal")),
      field(t("poll.recusalWho"), select),
      h("button", { type: "button", onclick: () => void this.alert.run(() => this.context.commands.recuseVoter(poll.id, select.value, !poll.recused.includes(select.value))) }, t("poll.recuseToggle")),
    );
  }

  private newPollForm(): HTMLFormElement {
    const question = h("input", { type: "text", name: "question", required: true, maxlength: 500 });
    const kind = options(h("select", { name: "kind" }), POLL_KINDS, (k) => t(`poll.kind.${k}`), "YesNoAbstain");
    const optionsText = h("textarea", { name: "options", rows: 4, required: true }, t("poll.defaultOpinion"));
    const secret = h("input", { type: "checkbox", name: "secret", id: uid("secret") });
    const live = h("input", { type: "checkbox", name: "live", id: uid("live"), checked: true });
    const number = (name: string, value: string) => h("input", { type: "number", name, min: name === "scoreMin" ? -100 : 1, max: 100, value });
    const maxChoices = number("maxChoices", "2");
    const dots = number("dots", "3");
    const stack = h("input", { type: "checkbox", name: "stack", id: uid("stack") });
    const scoreMin = number("scoreMin", "1");
    const scoreMax = number("scoreMax", "5");
    const quorum = h("input", { type: "number", name: "quorum", min: 1, max: 5000 });
    const majority = options(h("select", { name: "majority" }), MAJORITY_RULES, (r) => t(`poll.majority.${r}`), "VotesCast");
    const majorityField = h("div", {}, field(t("poll.majorityLabel"), majority, t("poll.majorityHint")));
    const kindFields = {
      MultipleChoice: h("div", {}, field(t("poll.maxChoices"), maxChoices)),
      DotVoting: h("div", {}, field(t("poll.dots"), dots), h("div", { class: "switch-row" }, stack, h("label", { for: stack.id }, t("poll.stackDots")))),
      Score: h("div", { class: "form-row" }, field(t("poll.scoreMin"), scoreMin), field(t("poll.scoreMax"), scoreMax)),
    } as Partial<Record<PollKind, HTMLElement>>;
    const showKind = () => {
      for (const [k, el] of Object.entries(kindFields)) el.hidden = k !== kind.value;
      majorityField.hidden = kind.value !== "YesNoAbstain" && kind.value !== "SingleChoice";
    };
    kind.addEventListener("change", () => {
      showKind();
      if (kind.value === "YesNoAbstain") optionsText.value = t("poll.defaultOpinion");
    });
    // A secret poll never shows live results.
    secret.addEventListener("change", () => {
      live.disabled = secret.checked;
      if (secret.checked) live.checked = false;
    });
    showKind();
    const form = h(
      "form",
      { class: "poll-form" },
      h("h3", {}, t("poll.new")),
      field(t("poll.question"), question),
      field(t("poll.kindLabel"), kind),
      field(t("poll.options"), optionsText, t("poll.optionsHint")),
      Object.values(kindFields),
      majorityField,
      h("div", { class: "switch-row" }, secret, h("label", { for: secret.id }, t("poll.secretLabel"))),
      h("div", { class: "switch-row" }, live, h("label", { for: live.id }, t("poll.liveLabel"))),
      field(t("poll.quorumLabel"), quorum, t("poll.quorumHint")),
      h("button", { type: "submit" }, t("poll.create")),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const k = kind.value as PollKind;
      const draft: PollDraft = {
        question: question.value,
        kind: k,
        options: optionsText.value.split("\n").map((o) => o.trim()).filter((o) => o.length > 0),
        secret: secret.checked,
        liveResults: live.checked && !secret.checked,
        maxChoices: k === "MultipleChoice" ? Number(maxChoices.value) : null,
        dots: k === "DotVoting" ? Number(dots.value) : null,
        stackDots: k === "DotVoting" && stack.checked,
        scoreMin: k === "Score" ? Number(scoreMin.value) : null,
        scoreMax: k === "Score" ? Number(scoreMax.value) : null,
        quorum: quorum.value ? Number(quorum.value) : null,
        majority: majority.value as MajorityRule,
        standardOptions: false,
      };
      void this.alert.run(async () => {
        await this.context.commands.createPoll(draft);
        // Each poll starts from the defaults: a secret ballot or a quorum is chosen for one poll, never carried over.
        form.reset();
        optionsText.value = t("poll.defaultOpinion");
        kind.value = "YesNoAbstain";
        majority.value = "VotesCast";
        live.disabled = false;
        live.checked = true;
        showKind();
        question.focus();
      });
    });
    return form;
  }
}
