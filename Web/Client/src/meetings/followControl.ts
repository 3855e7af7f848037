import { h } from "../dom";
import { t } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import type { Focus } from "../types";
import { AlertBox } from "../ui/forms";
import type { LivePanel, PanelContext } from "./panel";

export interface FollowTargets {
  /** The name of what is shown (an agenda item's title, a section's heading). */
  nameOf(focus: Focus): string | undefined;
  /** Brings the person there (scroll and focus). */
  go(focus: Focus): void;
}

/**
 * Follow mode: when the facilitator shows something, people who follow are brought there; anyone can stop
 * following and come back (which brings them to what is shown now). The lead facilitator can stop showing.
 */
export class FollowControl implements LivePanel {
  readonly el = h("div", { class: "follow" });
  private readonly statusEl = h("p", { class: "follow-status" });
  private readonly checkbox = h("input", { type: "checkbox", id: "follow", checked: true });
  private readonly alert = new AlertBox();
  private focus: Focus | null = null;
  private facilitating = false;
  private ended = false;

  constructor(
    private readonly context: PanelContext,
    private readonly targets: FollowTargets,
  ) {
    this.checkbox.addEventListener("change", () => {
      if (this.checkbox.checked && this.focus && this.focus.kind !== "None") targets.go(this.focus);
    });
    this.el.append(this.statusEl, h("div", { class: "switch-row" }, this.checkbox, h("label", { for: "follow" }, t("follow.follow"))), this.alert.el);
  }

  get following(): boolean {
    return this.checkbox.checked;
  }

  update(state: MeetingState): void {
    const previous = this.focus;
    this.focus = state.focus;
    const facilitating = state.you.role === "Facilitator" && state.details.phase !== "Ended";
    const ended = state.details.phase === "Ended";
    if (previous === state.focus && facilitating === this.facilitating && ended === this.ended) return;
    this.facilitating = facilitating;
    this.ended = ended;
    // Once the meeting has ended nothing is shown to everyone and there is nothing to follow.
    this.el.hidden = ended;
    if (ended) return;
    this.render();
    // A change made by someone else: follow it (the one who showed it is there already).
    if (previous !== null && previous !== state.focus && state.focus.kind !== "None") {
      const name = this.targets.nameOf(state.focus);
      if (name) this.context.announce(t("follow.now", { name }));
      if (this.following && !facilitating) this.targets.go(state.focus);
    }
  }

  private render(): void {
    const focus = this.focus!;
    const name = focus.kind === "None" ? undefined : this.targets.nameOf(focus);
    this.statusEl.replaceChildren(
      name ? t("follow.showing", { name }) : t("follow.nothing"),
      ...(this.facilitating && focus.kind !== "None"
        ? [" ", h("button", { type: "button", class: "link-button", onclick: () => void this.alert.run(() => this.context.commands.setFocus("None", null)) }, t("follow.stop"))]
        : []),
    );
    this.checkbox.parentElement!.hidden = this.facilitating;
  }
}
