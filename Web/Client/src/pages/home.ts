import { get, send } from "../api";
import { h } from "../dom";
import { t } from "../i18n";
import type { Page, PageContext } from "../router";
import { organizer } from "../session";
import { TARGET_GROUPS, type WorkingGroupDetails, type WorkingGroupSummary } from "../types";
import { AlertBox, field, onSubmit, options, requireValue } from "../ui/forms";
import { Frame } from "../ui/frame";
import { targetGroupLabel } from "../ui/labels";
import { failure, loading } from "../ui/loading";
import { gettingStarted, gettingStartedHidden } from "./gettingStarted";

/** "/": the organizer's working groups and a form for a new one; for a visitor, an introduction. */
export function homePage(context: PageContext): Page {
  const frame = new Frame(context);
  let groups: WorkingGroupSummary[] | null = null;
  let loadError: unknown = null;

  const render = () => {
    if (!organizer()) {
      frame.show(
        t("home.title"),
        h("p", { class: "lead" }, t("home.intro")),
        h("p", {}, t("home.introParticipants")),
        h("p", {}, h("a", { href: "/signin", class: "button" }, t("home.signInLink"))),
      );
      frame.ready();
      return;
    }
    if (loadError) {
      frame.show(t("error.pageTitle"), ...failure(loadError));
      frame.ready();
      return;
    }
    if (!groups) {
      frame.show(t("groups.title"), loading());
      return;
    }
    frame.show(
      t("groups.title"),
      gettingStartedHidden() ? null : gettingStarted(groups[0] ?? null),
      h(
        "section",
        { "aria-labelledby": "groups-list" },
        h("h2", { id: "groups-list" }, t("groups.listTitle")),
        groups.length === 0
          ? h("p", {}, t("groups.empty"))
          : h(
              "ul",
              { class: "cards" },
              groups.map((g) =>
                h(
                  "li",
                  { class: "card" },
                  h("a", { href: `/groups/${g.id}`, class: "card-title" }, g.name),
                  h("p", { class: "meta" }, targetGroupLabel(g.targetGroup)),
                ),
              ),
            ),
      ),
      createForm(),
    );
    frame.ready();
  };

  const createForm = (): HTMLElement => {
    const alert = new AlertBox();
    const name = h("input", { type: "text", name: "name", required: true, maxlength: 200, autocomplete: "off" });
    const target = options(h("select", { name: "targetGroup" }), TARGET_GROUPS, targetGroupLabel, "Seniors");
    const description = h("textarea", { name: "description", rows: 3, maxlength: 2000 });
    const form = h(
      "form",
      { class: "panel", novalidate: true, "aria-labelledby": "create-group" },
      h("h2", { id: "create-group" }, t("groups.createTitle")),
      alert.el,
      field(t("groups.name"), name),
      field(t("groups.targetGroup"), target),
      field(t("groups.description"), description),
      h("button", { type: "submit", class: "primary" }, t("groups.create")),
    );
    onSubmit(form, alert, async () => {
      requireValue(name);
      const created = await send<WorkingGroupDetails>("POST", "/api/working-groups", {
        name: name.value.trim(),
        targetGroup: target.value,
        description: description.value.trim() || null,
      });
      context.navigate(`/groups/${created.id}`);
    });
    return form;
  };

  render();
  if (organizer()) {
    get<WorkingGroupSummary[]>("/api/working-groups").then(
      (list) => {
        groups = [...list].sort((a, b) => a.name.localeCompare(b.name, "cs"));
        render();
      },
      (e: unknown) => {
        loadError = e;
        render();
      },
    );
  }

  return { rerender: render };
}
