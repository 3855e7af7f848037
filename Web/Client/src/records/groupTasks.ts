import { get } from "../api";
import { h } from "../dom";
import { formatDate, formatDateTime } from "../format";
import { t } from "../i18n";
import { ACTION_ITEM_STATUSES, type ActionItem } from "../types";
import { AlertBox } from "../ui/forms";

export interface GroupTask {
  item: ActionItem;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
}

/** The working group's tasks from all its meetings, by status, each as its latest meeting left it. */
export function groupTasksSection(groupId: string): HTMLElement {
  const alert = new AlertBox();
  const body = h("div", {}, h("p", {}, t("common.loading")));
  const section = h("section", { "aria-labelledby": "group-tasks" }, h("h2", { id: "group-tasks" }, t("group.tasks")), alert.el, body);
  get<GroupTask[]>(`/api/working-groups/${groupId}/tasks`).then(
    (tasks) => body.replaceChildren(...render(tasks)),
    (e: unknown) => {
      body.replaceChildren();
      alert.error(e);
    },
  );
  return section;
}

function render(tasks: GroupTask[]): HTMLElement[] {
  if (tasks.length === 0) return [h("p", {}, t("tasks.none"))];
  return ACTION_ITEM_STATUSES.filter((status) => tasks.some((task) => task.item.status === status)).map((status) => {
    const ofStatus = tasks.filter((task) => task.item.status === status);
    const caption = `${t(`tasks.statusGroup.${status}`)} (${ofStatus.length})`;
    return h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { "data-status": status },
        h("caption", {}, caption),
        h("thead", {}, h("tr", {}, [t("minutes.task"), t("minutes.responsible"), t("minutes.due"), t("group.taskMeeting")].map((c) => h("th", { scope: "col" }, c)))),
        h(
          "tbody",
          {},
          ofStatus.map((task) =>
            h(
              "tr",
              {},
              h("td", {}, task.item.text),
              h("td", {}, task.item.responsible),
              h("td", {}, task.item.due ? formatDate(task.item.due) : "–"),
              h("td", {}, h("a", { href: `/meetings/${task.meetingId}` }, task.meetingTitle), ` (${formatDateTime(task.meetingStartsAt)})`),
            ),
          ),
        ),
      ),
    );
  });
}
