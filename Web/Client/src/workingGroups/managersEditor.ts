import { get, send } from "../api";
import { h } from "../dom";
import { t } from "../i18n";
import type { OrganizerAccount, WorkingGroupDetails } from "../types";
import { AlertBox, StatusBox } from "../ui/forms";

/**
 * For administrators: who manages the group (a fieldset of the active organizer accounts). Managers create the
 * group's meetings and documents and keep its members, schedule and plans; nobody else sees the group.
 */
export function managersEditor(group: WorkingGroupDetails, saved: (group: WorkingGroupDetails) => void): HTMLElement {
  const alert = new AlertBox();
  const status = new StatusBox();
  const list = h("div", { class: "checkbox-list" });
  const fieldset = h("fieldset", {}, h("legend", {}, t("group.managersLegend")), list);
  const form = h(
    "form",
    { class: "panel", novalidate: true, "aria-labelledby": "group-managers" },
    h("h2", { id: "group-managers", tabindex: "-1" }, t("group.managersTitle")),
    alert.el,
    status.el,
    fieldset,
    h("button", { type: "submit" }, t("group.managersSave")),
  );
  const current = new Set(group.managers.map((m) => m.accountId));
  get<OrganizerAccount[]>("/api/accounts").then(
    (accounts) =>
      list.replaceChildren(
        ...accounts
          .filter((a) => a.status !== "Deactivated" || current.has(a.id))
          .map((a) =>
            h(
              "label",
              {},
              h("input", { type: "checkbox", name: "manager", value: a.id, checked: current.has(a.id) }),
              ` ${a.displayName} (${a.email})`,
            ),
          ),
      ),
    (e: unknown) => alert.error(e),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const accountIds = [...list.querySelectorAll<HTMLInputElement>("input[name=manager]:checked")].map((i) => i.value);
    void alert.run(async () => {
      status.clear();
      saved(await send<WorkingGroupDetails>("PUT", `/api/working-groups/${group.id}/managers`, { accountIds }));
      status.show(t("group.managersSaved"));
    });
  });
  return form;
}
