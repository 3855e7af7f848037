import { get, send } from "../api";
import { h } from "../dom";
import { t } from "../i18n";
import type { OrganizerAccount, WorkingGroupDetails } from "../types";
import { AlertBox, StatusBox } from "../ui/forms";

/**
 * For administrators: who manages the group (a fieldset of the organizer accounts). Managers create the group's
 * meetings and documents and keep its members, schedule and plans; other organizers do not see the group. The form
 * keeps its element across the page's renders, so its confirmation and focus stay.
 */
export class ManagersEditor {
  readonly el: HTMLFormElement;
  private readonly alert = new AlertBox();
  private readonly status = new StatusBox();
  private readonly list = h("div", { class: "checkbox-list" });
  private readonly heading = h("h2", { id: "group-managers", tabindex: "-1" });
  private readonly legend = h("legend", {});
  private readonly submit = h("button", { type: "submit" });
  private accounts: OrganizerAccount[] | null = null;

  constructor(
    private group: WorkingGroupDetails,
    saved: (group: WorkingGroupDetails) => void,
  ) {
    this.el = h(
      "form",
      { class: "panel", novalidate: true, "aria-labelledby": "group-managers" },
      this.heading,
      this.alert.el,
      this.status.el,
      h("fieldset", {}, this.legend, this.list),
      this.submit,
    );
    this.el.addEventListener("submit", (event) => {
      event.preventDefault();
      const accountIds = [...this.list.querySelectorAll<HTMLInputElement>("input[name=manager]:checked")].map((i) => i.value);
      void this.alert.run(async () => {
        this.status.clear();
        this.group = await send<WorkingGroupDetails>("PUT", `/api/working-groups/${this.group.id}/managers`, { accountIds });
        saved(this.group);
        this.status.show(t("group.managersSaved"));
      });
    });
    get<OrganizerAccount[]>("/api/accounts").then(
      (accounts) => {
        this.accounts = accounts;
        this.render();
      },
      (e: unknown) => this.alert.error(e),
    );
    this.render();
  }

  /** Draws the texts and the choices (again after a language change). */
  render(): HTMLFormElement {
    this.heading.textContent = t("group.managersTitle");
    this.legend.textContent = t("group.managersLegend");
    this.submit.textContent = t("group.managersSave");
    const current = new Set(this.group.managers.map((m) => m.accountId));
    if (this.accounts) {
      this.list.replaceChildren(
        ...this.accounts
          .filter((a) => a.status !== "Deactivated" || current.has(a.id))
          .map((a) =>
            h("label", {}, h("input", { type: "checkbox", name: "manager", value: a.id, checked: current.has(a.id) }), ` ${a.displayName} (${a.email})`),
          ),
      );
    }
    return this.el;
  }
}
