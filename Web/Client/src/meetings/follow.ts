import { signal } from "@preact/signals";
import type { Focus } from "../types";
import { areaOfFocus, type Area } from "./areas";
import { isTyping } from "./shortcuts";

export interface FollowHost {
  /** The area open now. */
  area(): Area;
  /** Opens an area (replace: without a new history entry, when the page moved by itself). */
  open(area: Area, replace: boolean): void;
  /** Moves the keyboard focus to what is shown (an agenda item, a section, a poll), once its area is drawn. */
  focus(focus: Focus): void;
}

/**
 * Follow mode: when the facilitator shows something, people who follow are brought to its area and to it. Opening
 * another area is looking elsewhere (no longer following); "go there" brings them back and follows again. Nobody is
 * moved while typing: they would lose their place, and the live bar offers the way there.
 */
export class Follow {
  readonly following = signal(true);

  constructor(private readonly host: FollowHost) {}

  /** The person opened an area: following while it is where the shown thing is. */
  chose(area: Area, shown: Focus): void {
    const shownArea = areaOfFocus(shown);
    if (shownArea !== null) this.following.value = shownArea === area;
  }

  /** Something else is shown now (moved: true when this person should be brought there). */
  shownChanged(shown: Focus, leads: boolean): void {
    if (leads || !this.following.value || shown.kind === "None") return;
    if (isTyping(document.activeElement)) return;
    this.bring(shown, true);
  }

  goThere(shown: Focus): void {
    this.following.value = true;
    this.bring(shown, false);
  }

  private bring(shown: Focus, replace: boolean): void {
    const area = areaOfFocus(shown);
    if (area === null) return;
    if (area !== this.host.area()) this.host.open(area, replace);
    this.host.focus(shown);
  }
}
