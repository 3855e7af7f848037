import { get, send } from "../api";
import { h, paragraphs } from "../dom";
import { formatMeetingStart, toLocalDateTime } from "../format";
import { currentLanguage, t } from "../i18n";
import { groupTasksSection } from "../records/groupTasks";
import { renderMinutesImport } from "../imports/minutesImport";
import { renderRecordForm } from "../records/recordForm";
import { organizer } from "../session";
import { organizesGroup } from "../workingGroups/access";
import { ManagersEditor } from "../workingGroups/managersEditor";
import { renderMembers } from "../workingGroups/membersSection";
import { renderDatePoll } from "../scheduling/datePollSection";
import { scheduleSection } from "../workingGroups/scheduleEditor";
import type { Page, PageContext } from "../router";
import type { MeetingDetails, WorkingGroupDetails, WorkingGroupView } from "../types";
import { AlertBox, field, onSubmit, requireValue, StatusBox } from "../ui/forms";
import { copyField } from "../ui/copy";
import { Frame } from "../ui/frame";
import { phaseLabel, targetGroupLabel } from "../ui/labels";
import { failure, loading } from "../ui/loading";
import { PlansSection } from "../plans/plansSection";

/** "/groups/{id}": a working group with its meetings, vision documents and a form for a new meeting. */
export function groupPage(context: PageContext): Page {
  const frame = new Frame(context);
  const status = new StatusBox();
  let view: WorkingGroupView | null = null;
  let loadError: unknown = null;
  const id = encodeURIComponent(context.params.id);
  const plans = new PlansSection(context.params.id);
  let managers: ManagersEditor | null = null;
  // Kept across renders: the members' forms are Preact state.
  const membersEl = h("div", {});
  const datePollEl = h("div", {});
  // Rendered once: the form's half-made changes are Preact state that the page's renders must not reset.
  const recordFormEl = renderRecordForm(h("div", {}), context.params.id);
  // Likewise the minutes import: what is pasted, the preview and the person's moves are its state.
  const minutesImportEl = renderMinutesImport(h("div", {}), context.params.id, () => load());
  const managersEditor = (group: WorkingGroupDetails) =>
    (managers ??= new ManagersEditor(group, (changed) => {
      view = { ...view!, group: changed };
      render();
    }));

  const render = () => {
    if (loadError) {
      frame.show(t("error.pageTitle"), ...failure(loadError));
      frame.ready();
      return;
    }
    if (!view) {
      frame.show(t("group.title"), loading());
      return;
    }
    const { group, meetings, documents } = view;
    frame.show(
      group.name,
      h(
        "dl",
        { class: "facts" },
        h("dt", {}, t("groups.targetGroup")),
        h("dd", {}, targetGroupLabel(group.targetGroup)),
        h("dt", {}, t("group.managers")),
        h("dd", {}, group.managers.length > 0 ? group.managers.map((m) => m.displayName).join(", ") : t("group.noManagers")),
      ),
      group.description ? h("div", { class: "description" }, paragraphs(group.description)) : null,
      renderMembers(membersEl, group, organizesGroup(group), (changed) => {
        view = { ...view!, group: changed };
        render();
      }),
      scheduleSection(group, organizesGroup(group), (changed) => {
        view = { ...view!, group: changed };
        render();
        frame.content.querySelector<HTMLElement>("#schedule")?.focus();
      }),
      organizesGroup(group)
        ? renderDatePoll(datePollEl, group, (changed) => {
            view = { ...view!, group: changed };
            render();
          })
        : null,
      meetingsSection(meetings),
      groupTasksSection(id),
      organizesGroup(group) ? recordFormEl : null,
      organizesGroup(group) ? minutesImportEl : null,
      calendarSection(),
      h(
        "section",
        { "aria-labelledby": "documents" },
        h("h2", { id: "documents" }, t("group.documents")),
        documents.length === 0
          ? h("p", {}, t("group.noDocuments"))
          : h("ul", { class: "links" }, documents.map((d) => h("li", {}, h("a", { href: `/documents/${d.id}` }, d.title)))),
      ),
      plans.render(group),
      createMeetingForm(),
      organizer()?.isAdministrator ? managersEditor(group).render() : null,
    );
    frame.ready();
  };

  const meetingsSection = (meetings: MeetingDetails[]) =>
    h(
      "section",
      { "aria-labelledby": "meetings" },
      h("h2", { id: "meetings" }, t("group.meetings")),
      status.el,
      meetings.length === 0
        ? h("p", {}, t("group.noMeetings"))
        : h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              {},
              h("caption", { class: "visually-hidden" }, t("group.meetings")),
              h(
                "thead",
                {},
                h("tr", {}, [t("meeting.titleField"), t("meeting.startsAt"), t("meeting.place"), t("meeting.phase")].map((c) => h("th", { scope: "col" }, c))),
              ),
              h(
                "tbody",
                {},
                meetings.map((m) =>
                  h(
                    "tr",
                    {},
                    h("td", {}, h("a", { href: `/meetings/${m.id}` }, m.title)),
                    h("td", {}, formatMeetingStart(m)),
                    h("td", {}, m.place ?? (m.videoCall ? t("meeting.online") : "–")),
                    h("td", {}, h("span", { class: `phase phase-${m.phase.toLowerCase()}` }, phaseLabel(m.phase))),
                  ),
                ),
              ),
            ),
          ),
    );

  /** The group's calendar: a file to import, and a link a calendar program can subscribe to. */
  const calendarSection = () => {
    const alert = new AlertBox();
    const linkEl = h("div", {});
    return h(
      "section",
      { "aria-labelledby": "calendar" },
      h("h2", { id: "calendar" }, t("calendar.title")),
      h("p", {}, h("a", { href: `/api/working-groups/${id}/calendar.ics`, download: "" }, t("calendar.download"))),
      alert.el,
      h(
        "button",
        {
          type: "button",
          onclick: () =>
            void alert.run(async () => {
              const feed = await send<{ url: string }>("POST", `/api/working-groups/${id}/calendar-feed`);
              linkEl.replaceChildren(copyField(t("calendar.feedLink"), feed.url, t("calendar.feedHint")));
            }),
        },
        t("calendar.newFeed"),
      ),
      linkEl,
    );
  };

  const createMeetingForm = () => {
    const alert = new AlertBox();
    const title = h("input", { type: "text", name: "title", required: true, maxlength: 200, autocomplete: "off" });
    const startsAt = h("input", { type: "datetime-local", name: "startsAt", required: true, step: 60 });
    const place = h("input", { type: "text", name: "place", maxlength: 300, autocomplete: "off" });
    const onlineUrl = h("input", { type: "url", name: "onlineUrl", maxlength: 500, autocomplete: "off", placeholder: "https://" });
    const document = h("select", { name: "visionDocumentId" }, h("option", { value: "" }, t("meeting.noDocument")));
    for (const d of view?.documents ?? []) {
      document.append(h("option", { value: d.id }, d.title));
    }
    const form = h(
      "form",
      { class: "panel", novalidate: true, "aria-labelledby": "create-meeting" },
      h("h2", { id: "create-meeting" }, t("meeting.createTitle")),
      alert.el,
      field(t("meeting.titleField"), title),
      field(t("meeting.startsAt"), startsAt, t("meeting.startsAtHint")),
      field(t("meeting.place"), place),
      field(t("meeting.onlineUrl"), onlineUrl),
      field(t("meeting.visionDocument"), document),
      h("button", { type: "submit", class: "primary" }, t("meeting.create")),
    );
    onSubmit(form, alert, async () => {
      requireValue(title, startsAt);
      const created = await send<MeetingDetails>("POST", `/api/working-groups/${id}/meetings?lang=${currentLanguage()}`, {
        title: title.value.trim(),
        startsAt: toLocalDateTime(startsAt.value),
        place: place.value.trim() || null,
        onlineUrl: onlineUrl.value.trim() || null,
        visionDocumentId: document.value || null,
      });
      if (view) {
        view = { ...view, meetings: [...view.meetings, created].sort((a, b) => a.startsAt.localeCompare(b.startsAt)) };
      }
      render();
      status.show(t("meeting.created", { title: created.title }));
      frame.content.querySelector<HTMLAnchorElement>(`a[href="/meetings/${created.id}"]`)?.focus();
    });
    return form;
  };

  /** The group with its meetings (again after an import made one). */
  const load = () =>
    get<WorkingGroupView>(`/api/working-groups/${id}`).then(
      (v) => {
        view = v;
        render();
      },
      (e: unknown) => {
        loadError = e;
        render();
      },
    );

  render();
  void load();
  return { rerender: render };
}
