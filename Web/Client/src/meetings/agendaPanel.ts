import { h, uid } from "../dom";
import { t } from "../i18n";
import { shownFocus, type MeetingState } from "../live/meetingState";
import { formatDuration } from "../live/serverClock";
import { AGENDA_ITEM_KINDS, type Agenda, type AgendaItem, type AgendaItemDraft, type AgendaItemKind } from "../types";
import { keepingFocus } from "../ui/focus";
import { AlertBox, field, options } from "../ui/forms";
import { mayFacilitate, type LivePanel, type PanelContext } from "./panel";

/** The programme: numbered items, the current one marked and timed; the facilitator edits it live. */
export class AgendaPanel implements LivePanel {
  readonly el = h("section", { class: "panel agenda-panel", "aria-labelledby": "agenda-title" });
  private readonly listEl = h("ol", { class: "agenda" });
  private readonly endedEl = h("p", { class: "agenda-ended", hidden: true }, t("agenda.ended"));
  private readonly alert = new AlertBox();
  private readonly addForm: HTMLFormElement;
  private state: MeetingState | null = null;
  private agenda: Agenda | null = null;
  private editing: string | null = null;
  private facilitating = false;

  constructor(private readonly context: PanelContext) {
    this.addForm = this.itemForm(null, (draft) => context.commands.addAgendaItem(draft));
    this.el.append(h("h2", { id: "agenda-title" }, t("agenda.title")), this.endedEl, this.alert.el, this.listEl, this.addForm);
  }

  update(state: MeetingState): void {
    const facilitating = mayFacilitate(state);
    const changed =
      state.agenda !== this.agenda || facilitating !== this.facilitating || state.focus !== this.state?.focus || state.details.phase !== this.state?.details.phase;
    this.state = state;
    this.agenda = state.agenda;
    this.facilitating = facilitating;
    if (changed) this.render();
  }

  tick(): void {
    const current = this.listEl.querySelector<HTMLElement>("li.current .spent");
    const item = this.agenda?.items.find((i) => i.id === this.agenda?.currentItemId);
    if (current && item) current.textContent = this.spentText(item);
  }

  /** Moves the keyboard focus to an item (follow mode). */
  focusItem(itemId: string): void {
    const li = this.listEl.querySelector<HTMLElement>(`li[data-item="${CSS.escape(itemId)}"]`);
    li?.scrollIntoView({ block: "nearest" });
    li?.focus();
  }

  private render(): void {
    const agenda = this.agenda!;
    keepingFocus(this.el, () =>
      this.listEl.replaceChildren(
        ...(agenda.items.length === 0 ? [h("li", { class: "empty" }, t("agenda.empty"))] : agenda.items.map((item, i) => this.renderItem(item, i))),
      ),
    );
    this.addForm.hidden = !this.facilitating;
    this.endedEl.hidden = this.state?.details.phase !== "Ended";
  }

  private renderItem(item: AgendaItem, index: number): HTMLElement {
    const agenda = this.agenda!;
    // After the end no item is being discussed or shown any more.
    const current = item.id === agenda.currentItemId && this.state?.details.phase !== "Ended";
    const focus = this.state ? shownFocus(this.state) : null;
    const presented = focus?.kind === "AgendaItem" && focus.targetId === item.id;
    const titleId = uid("item");
    if (this.editing === item.id && this.facilitating) {
      return h(
        "li",
        { "data-item": item.id, tabindex: "-1" },
        this.itemForm(item, async (draft) => {
          await this.context.commands.updateAgendaItem(item.id, draft);
          this.editing = null;
        }),
      );
    }
    const act = (label: string, key: string, action: () => Promise<unknown>) =>
      h("button", { type: "button", class: "link-button", "aria-describedby": titleId, "data-focus-key": `${item.id}:${key}`, onclick: () => void this.alert.run(action) }, label);
    return h(
      "li",
      { "data-item": item.id, class: current ? "current" : "", "aria-current": current ? "step" : null, tabindex: "-1" },
      h("p", { class: "agenda-title", id: titleId }, h("strong", {}, item.title), current ? h("span", { class: "badge" }, t("agenda.now")) : null, presented ? h("span", { class: "badge presented" }, t("follow.presented")) : null),
      h(
        "p",
        { class: "agenda-meta" },
        [t(`agendaKind.${item.kind}`), item.presenter, t("agenda.planned", { minutes: item.plannedMinutes })].filter(Boolean).join(" · "),
        item.spentMs > 0 || current ? [" · ", h("span", { class: "spent" }, this.spentText(item))] : null,
      ),
      this.facilitating
        ? h(
            "div",
            { class: "item-actions" },
            current ? null : act(t("agenda.makeCurrent"), "current", () => this.context.commands.setCurrentAgendaItem(item.id)),
            presented ? null : act(t("follow.present"), "present", () => this.context.commands.setFocus("AgendaItem", item.id)),
            index > 0 ? act(t("agenda.up"), "up", () => this.context.commands.moveAgendaItem(item.id, index - 1)) : null,
            index < agenda.items.length - 1 ? act(t("agenda.down"), "down", () => this.context.commands.moveAgendaItem(item.id, index + 1)) : null,
            act(t("agenda.edit"), "edit", async () => {
              this.editing = item.id;
              this.render();
              this.listEl.querySelector<HTMLInputElement>(`li[data-item="${CSS.escape(item.id)}"] input`)?.focus();
            }),
            act(t("agenda.remove"), "remove", async () => {
              if (window.confirm(t("agenda.removeConfirm", { title: item.title }))) await this.context.commands.removeAgendaItem(item.id);
            }),
          )
        : null,
    );
  }

  private spentText(item: AgendaItem): string {
    const agenda = this.agenda!;
    const running = item.id === agenda.currentItemId && agenda.currentSince ? this.context.clock.now() - Date.parse(agenda.currentSince) : 0;
    return t("agenda.spent", { time: formatDuration(item.spentMs + running) });
  }

  /** The form for a new item, or for changing one. */
  private itemForm(item: AgendaItem | null, save: (draft: AgendaItemDraft) => Promise<unknown>): HTMLFormElement {
    const title = h("input", { type: "text", name: "title", required: true, maxlength: 300, value: item?.title ?? "" });
    const presenter = h("input", { type: "text", name: "presenter", maxlength: 200, value: item?.presenter ?? "" });
    const minutes = h("input", { name: "minutes", type: "number", min: 0, max: 600, required: true, value: String(item?.plannedMinutes ?? 15) });
    const kind = options(h("select", { name: "kind" }), AGENDA_ITEM_KINDS, (k) => t(`agendaKind.${k}`), item?.kind ?? "Discussion");
    const form = h(
      "form",
      { class: item ? "agenda-form editing" : "agenda-form" },
      item ? null : h("h3", {}, t("agenda.add")),
      h("div", { class: "form-row" }, field(t("agenda.itemTitle"), title), field(t("agenda.presenter"), presenter), field(t("agenda.minutes"), minutes), field(t("agenda.kind"), kind)),
      h("button", { type: "submit", class: item ? "primary" : "" }, item ? t("agenda.save") : t("agenda.addButton")),
      item
        ? h("button", { type: "button", onclick: () => { this.editing = null; this.render(); } }, t("common.cancel"))
        : null,
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const draft: AgendaItemDraft = { title: title.value, presenter: presenter.value.trim() || null, plannedMinutes: Number(minutes.value), kind: kind.value as AgendaItemKind };
      // A new item's form is ready for the next one at once; what was typed comes back if saving fails.
      if (!item) {
        form.reset();
        title.focus();
      }
      void this.alert.run(async () => {
        try {
          await save(draft);
        } catch (e) {
          if (!item) [title.value, presenter.value, minutes.value, kind.value] = [draft.title, draft.presenter ?? "", String(draft.plannedMinutes), draft.kind];
          throw e;
        }
      });
    });
    return form;
  }
}
