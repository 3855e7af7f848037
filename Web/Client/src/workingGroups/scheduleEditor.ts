import { send } from "../api";
import { h } from "../dom";
import { formatDate } from "../format";
import { t } from "../i18n";
import type { PlannedMeeting, WorkingGroupDetails } from "../types";
import { AlertBox, field, onSubmit, requireValue } from "../ui/forms";

/**
 * The group's schedule ("Harmonogram jednání"): planned dates with time and place; its manager adds and
 * removes them (the whole list is saved, sorted by the server).
 */
export function scheduleSection(group: WorkingGroupDetails, mayEdit: boolean, saved: (group: WorkingGroupDetails) => void): HTMLElement {
  const alert = new AlertBox();
  const save = (schedule: PlannedMeeting[]) =>
    alert.run(async () => saved(await send<WorkingGroupDetails>("PUT", `/api/working-groups/${group.id}/schedule`, schedule)));
  const label = (p: PlannedMeeting) => [formatDate(p.date), p.time ? ` ${p.time.slice(0, 5)}` : "", p.place ? ` – ${p.place}` : ""].join("");
  const list =
    group.schedule.length === 0
      ? h("p", {}, t("schedule.none"))
      : h(
          "ul",
          { class: "schedule" },
          group.schedule.map((p, index) =>
            h(
              "li",
              {},
              label(p),
              mayEdit
                ? [" ", h("button", { type: "button", class: "link-button", "aria-label": t("schedule.removeOne", { date: label(p) }), onclick: () =>
                    void save(group.schedule.filter((_, i) => i !== index)) }, t("schedule.remove"))]
                : null,
            ),
          ),
        );
  return h("section", { "aria-labelledby": "schedule" }, h("h2", { id: "schedule", tabindex: "-1" }, t("group.schedule")), alert.el, list, mayEdit ? addForm(group, save) : null);
}

function addForm(group: WorkingGroupDetails, save: (schedule: PlannedMeeting[]) => Promise<void>): HTMLElement {
  const date = h("input", { type: "date", name: "date", required: true });
  const time = h("input", { type: "time", name: "time", step: 60 });
  const place = h("input", { type: "text", name: "place", maxlength: 300, autocomplete: "off" });
  const alert = new AlertBox();
  const form = h(
    "form",
    { class: "schedule-form", novalidate: true, "aria-labelledby": "schedule-add" },
    h("h3", { id: "schedule-add" }, t("schedule.add")),
    alert.el,
    h("div", { class: "form-row" }, field(t("schedule.date"), date), field(t("schedule.time"), time), field(t("schedule.place"), place)),
    h("button", { type: "submit" }, t("schedule.addButton")),
  );
  onSubmit(form, alert, async () => {
    requireValue(date);
    await save([...group.schedule, { date: date.value, time: time.value ? `${time.value}:00` : null, place: place.value.trim() || null }]);
  });
  return form;
}
