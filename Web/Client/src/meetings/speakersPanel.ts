import { fill, h, uid } from "../dom";
import { formatTime } from "../format";
import { t, tn } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import { formatDuration } from "../live/serverClock";
import type { Speakers } from "../types";
import { keepingFocus } from "../ui/focus";
import { AlertBox, field, options } from "../ui/forms";
import { mayContribute, mayFacilitate, type LivePanel, type PanelContext } from "./panel";

const LIMITS = ["", "60", "120", "180", "300", "600"];

/** Raised hands, the floor and who spoke how long; participants raise and lower their hand. */
export class SpeakersPanel implements LivePanel {
  readonly el = h("section", { class: "panel speakers-panel", "aria-labelledby": "speakers-title" });
  private readonly floorEl = h("div", { class: "floor" });
  private readonly queueEl = h("ol", { class: "queue", "aria-labelledby": "queue-title" });
  private readonly handEl = h("div", { class: "hand" });
  private readonly limitEl = h("div", { class: "limit" });
  private readonly turnsEl = h("details", { class: "turns" });
  private readonly alert = new AlertBox();
  private state: MeetingState | null = null;

  constructor(private readonly context: PanelContext) {
    this.el.append(
      h("h2", { id: "speakers-title" }, t("speakers.title")),
      this.alert.el,
      this.floorEl,
      this.handEl,
      h("h3", { id: "queue-title" }, t("speakers.queue")),
      this.queueEl,
      this.limitEl,
      this.turnsEl,
    );
  }

  update(state: MeetingState): void {
    const previous = this.state;
    this.state = state;
    if (previous && previous.speakers === state.speakers && previous.roster === state.roster && previous.you === state.you && previous.details === state.details) return;
    keepingFocus(this.el, () => this.render(state));
  }

  tick(): void {
    const floor = this.state?.speakers.floor;
    const time = this.floorEl.querySelector(".floor-time");
    if (floor && time) time.textContent = this.floorTime(floor.since, floor.limitSeconds);
  }

  private render(state: MeetingState): void {
    const s: Speakers = state.speakers;
    const facilitating = mayFacilitate(state);
    const c = this.context.commands;
    const run = (action: () => Promise<unknown>) => () => void this.alert.run(action);
    const me = state.you.participantId;

    const floor = s.floor;
    fill(this.floorEl, 
      floor
        ? h(
            "p",
            {},
            t("speakers.floor"),
            " ",
            h("strong", {}, this.context.nameOf(floor.participantId)),
            " ",
            h("span", { class: "floor-time" }, this.floorTime(floor.since, floor.limitSeconds)),
          )
        : h("p", {}, t("speakers.nobody")),
      floor && (facilitating || (floor.participantId === me && mayContribute(state)))
        ? h("button", { type: "button", "data-focus-key": "end-floor", onclick: run(c.endFloor) }, floor.participantId === me ? t("speakers.endMine") : t("speakers.end"))
        : null,
    );

    const raised = s.queue.some((q) => q.participantId === me);
    fill(this.handEl, 
      mayContribute(state) && floor?.participantId !== me
        ? h(
            "button",
            { type: "button", class: raised ? "" : "primary", "aria-pressed": String(raised), "data-focus-key": "hand", onclick: run(() => (raised ? c.lowerHand(null) : c.raiseHand())) },
            raised ? t("speakers.lower") : t("speakers.raise"),
          )
        : null,
    );

    const order = s.queue.map((q) => q.participantId);
    const move = (from: number, to: number) => {
      const next = [...order];
      const [id] = next.splice(from, 1);
      next.splice(to, 0, id);
      return c.reorderSpeakers(next);
    };
    this.queueEl.replaceChildren(
      ...(s.queue.length === 0
        ? [h("li", { class: "empty" }, t("speakers.empty"))]
        : s.queue.map((q, i) => {
            const nameId = uid("hand");
            const act = (label: string, key: string, action: () => Promise<unknown>) =>
              h("button", { type: "button", class: "link-button", "aria-describedby": nameId, "data-focus-key": `${q.participantId}:${key}`, onclick: run(action) }, label);
            return h(
              "li",
              { "data-participant": q.participantId },
              h("span", { id: nameId, class: "name" }, this.context.nameOf(q.participantId)),
              " ",
              h("span", { class: "hint" }, formatTime(q.raisedAt)),
              facilitating
                ? h(
                    "span",
                    { class: "item-actions" },
                    act(t("speakers.give"), "give", () => c.giveFloor(q.participantId)),
                    i > 0 ? act(t("agenda.up"), "up", () => move(i, i - 1)) : null,
                    i < order.length - 1 ? act(t("agenda.down"), "down", () => move(i, i + 1)) : null,
                    act(t("speakers.lowerOther"), "lower", () => c.lowerHand(q.participantId)),
                  )
                : null,
            );
          })),
    );

    if (facilitating) {
      const select = options(h("select", { name: "limit", "data-focus-key": "limit" }), LIMITS, (v) => (v ? t("speakers.limitMinutes", { minutes: Number(v) / 60 }) : t("speakers.noLimit")), s.limitSeconds ? String(s.limitSeconds) : "");
      select.addEventListener("change", () => void this.alert.run(() => c.setSpeakingLimit(select.value ? Number(select.value) : null)));
      this.limitEl.replaceChildren(field(t("speakers.limit"), select));
    } else {
      this.limitEl.replaceChildren(s.limitSeconds ? h("p", { class: "hint" }, t("speakers.limitIs", { minutes: s.limitSeconds / 60 })) : "");
    }

    // Who spoke how long, summed per person, longest first.
    const totals = new Map<string, { count: number; ms: number }>();
    for (const turn of s.turns) {
      const total = totals.get(turn.participantId) ?? { count: 0, ms: 0 };
      totals.set(turn.participantId, { count: total.count + 1, ms: total.ms + turn.durationMs });
    }
    const wasOpen = this.turnsEl.open;
    this.turnsEl.replaceChildren(
      h("summary", {}, tn("speakers.turns", s.turns.length)),
      h(
        "ul",
        {},
        [...totals.entries()]
          .sort((a, b) => b[1].ms - a[1].ms)
          .map(([id, total]) => h("li", {}, `${this.context.nameOf(id)}: ${formatDuration(total.ms)} (${t("speakers.turnCount", { count: total.count })})`)),
      ),
    );
    this.turnsEl.open = wasOpen;
  }

  private floorTime(since: string, limitSeconds: number | null): string {
    const elapsed = formatDuration(this.context.clock.now() - Date.parse(since));
    return limitSeconds ? t("speakers.elapsedOf", { elapsed, limit: formatDuration(limitSeconds * 1000) }) : elapsed;
  }
}
