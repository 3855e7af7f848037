import { get } from "../api";
import { h } from "../dom";
import { errorCode } from "../errors";
import { t } from "../i18n";
import { downloadLinks } from "../records/downloads";
import type { Page, PageContext } from "../router";
import type { WorkingGroupView } from "../types";
import { AlertBox, field, requireValue, StatusBox } from "../ui/forms";
import { Frame } from "../ui/frame";
import { failure, loading } from "../ui/loading";
import { PlanEditing, type NodeContent, type PlanNodeRef } from "./planEditing";
import { organizesGroup } from "../workingGroups/access";
import { objectiveTrace } from "./planTrace";
import type { ObjectiveView, PlanTrace, PlanView } from "./types";
import "./plans.css";

type Kind = "TargetGroup" | "Goal" | "Objective";

/** A node as the page draws it: its content, where it is, and where it could move to (parents of the level above). */
interface Node {
  kind: Kind;
  view: ObjectiveView;
  ref: PlanNodeRef;
  parents: { id: string; label: string }[];
}

/**
 * "/plans/{id}": a working group's plan as headed, nested lists (target groups → strategic goals → objectives).
 * The group's organizers edit each node in place; an edit made on an older version is refused (plan.conflict),
 * the current plan is shown again and the alert says so.
 */
export function planPage(context: PageContext): Page {
  const frame = new Frame(context);
  const alert = new AlertBox();
  const status = new StatusBox();
  const api = new PlanEditing(context.params.id);
  const treeEl = h("div", { class: "plan-tree" });
  let plan: PlanView | null = null;
  /** The intentions and proposals linked to the objectives (read once with the plan). */
  let trace: PlanTrace | null = null;
  let canEdit = false;
  let loadError: unknown = null;
  /** The node being edited, or the parent ("" for the plan) whose add form is open. */
  let editing: string | null = null;
  let adding: string | null = null;

  const render = () => {
    if (loadError) {
      frame.show(t("error.pageTitle"), ...failure(loadError));
    } else if (!plan) {
      frame.show(t("plans.page"), loading());
      return;
    } else {
      frame.show(
        plan.title,
        h(
          "p",
          { class: "breadcrumb" },
          h("a", { href: `/groups/${plan.workingGroupId}` }, t("document.backToGroup")),
        ),
        h("p", { id: "plan-download" }, t("plans.download")),
        downloadLinks((format) => `/api/plans/${plan!.id}.${format}`, null, "plan-download", (message) => alert.show(message)),
        canEdit ? h("p", { class: "hint" }, t("plans.editHint")) : null,
        alert.el,
        status.el,
        treeEl,
      );
      drawTree();
    }
    frame.ready();
  };

  const drawTree = () => {
    const p = plan!;
    const groups = p.targetGroups.map((g) => ({ id: g.id, label: `${g.code}. ${g.text}` }));
    const goals = p.targetGroups.flatMap((g) => g.goals.map((goal) => ({ id: goal.id, label: `${goal.code}: ${goal.text}` })));
    const node = (kind: Kind, view: ObjectiveView, parentId: string | null, index: number, siblings: number): Node => ({
      kind,
      view,
      ref: { id: view.id, version: view.version, parentId, index, siblings },
      parents: kind === "Goal" ? groups : kind === "Objective" ? goals : [],
    });
    const addGroup = addForm("", "TargetGroup");
    treeEl.replaceChildren(
      ...p.targetGroups.map((group, gi) =>
        h(
          "section",
          { class: "plan-group", "aria-labelledby": `node-${group.id}` },
          nodeView(node("TargetGroup", group, null, gi, p.targetGroups.length), "h2"),
          h(
            "ul",
            {},
            group.goals.map((goal, i) =>
              h(
                "li",
                {},
                nodeView(node("Goal", goal, group.id, i, group.goals.length), "h3"),
                h(
                  "ul",
                  {},
                  goal.objectives.map((o, oi) => h("li", {}, nodeView(node("Objective", o, goal.id, oi, goal.objectives.length), "p"), objectiveTrace(trace, o.id))),
                ),
                addForm(goal.id, "Objective"),
              ),
            ),
          ),
          addForm(group.id, "Goal"),
        ),
      ),
      ...(addGroup ? [addGroup] : []),
    );
  };

  const label = (n: Node) => (n.kind === "TargetGroup" ? `${n.view.code}. ${n.view.text}` : `${n.view.code}: ${n.view.text}`);

  /** A node: its heading (or line) and notes, with the organizers' tools; or its edit form. */
  const nodeView = (n: Node, tag: "h2" | "h3" | "p"): HTMLElement => {
    if (editing === n.view.id) return editForm(n);
    const labelId = `node-${n.view.id}`;
    const tools = canEdit
      ? h(
          "span",
          { class: "plan-node-tools" },
          h("button", { type: "button", "data-edit": n.view.id, "aria-describedby": labelId, onclick: () => open(n.view.id, null) }, t("plans.edit")),
          n.ref.index > 0 ? h("button", { type: "button", "aria-describedby": labelId, onclick: () => run(() => api.move(n.ref, n.ref.parentId, n.ref.index - 1), n.view.id) }, t("plans.up")) : null,
          n.ref.index < n.ref.siblings - 1
            ? h("button", { type: "button", "aria-describedby": labelId, onclick: () => run(() => api.move(n.ref, n.ref.parentId, n.ref.index + 1), n.view.id) }, t("plans.down"))
            : null,
        )
      : null;
    return h(
      "div",
      { class: `plan-node plan-${n.kind.toLowerCase()}`, "data-node": n.view.id },
      h(tag, { id: labelId }, label(n)),
      tools,
      n.view.notes ? h("p", { class: "plan-node-notes" }, n.view.notes) : null,
    );
  };

  const contentFields = (content: NodeContent | null) => {
    const code = h("input", { type: "text", required: true, maxlength: 20, value: content?.code ?? "", autocomplete: "off" });
    const text = h("input", { type: "text", required: true, maxlength: 2000, value: content?.text ?? "", autocomplete: "off" });
    const notes = h("textarea", { rows: 3, maxlength: 10000 }, content?.notes ?? "");
    const read = (): NodeContent => {
      requireValue(code, text);
      return { code: code.value.trim(), text: text.value.trim(), notes: notes.value.trim() || null };
    };
    return { fields: [field(t("plans.code"), code), field(t("plans.text"), text), field(t("plans.notes"), notes)], read, first: code };
  };

  const editForm = (n: Node): HTMLElement => {
    const formAlert = new AlertBox();
    const { fields, read, first } = contentFields(n.view);
    const target = h("select", {}, n.parents.map((p) => h("option", { value: p.id, selected: p.id === n.ref.parentId }, p.label)));
    const form = h(
      "form",
      { class: "panel plan-edit", novalidate: true, "aria-label": t("plans.editing", { node: label(n) }) },
      formAlert.el,
      ...fields,
      h(
        "div",
        { class: "form-row" },
        h("button", { type: "submit", class: "primary" }, t("agenda.save")),
        h("button", { type: "button", onclick: () => close(n.view.id) }, t("plans.cancel")),
        h(
          "button",
          { type: "button", class: "danger", onclick: () => window.confirm(t("plans.removeConfirm", { node: label(n) })) && void formAlert.run(() => act(() => api.remove(n.ref), n.ref.parentId)) },
          t("agenda.remove"),
        ),
      ),
      n.parents.length > 1
        ? h(
            "div",
            { class: "form-row" },
            field(t("plans.moveUnder"), target),
            h("button", { type: "button", onclick: () => void formAlert.run(() => act(() => api.move(n.ref, target.value, target.value === n.ref.parentId ? n.ref.index : 0), n.view.id)) }, t("board.move")),
          )
        : null,
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void formAlert.run(() => act(() => api.edit(n.ref, read()), n.view.id));
    });
    queueMicrotask(() => first.focus());
    return form;
  };

  const addForm = (parentId: string, kind: Kind): HTMLElement | null => {
    if (!canEdit) return null;
    const key = `add-${kind}-${parentId}`;
    if (adding !== parentId) {
      return h("p", {}, h("button", { type: "button", "data-add": key, onclick: () => open(null, parentId) }, t(`plans.add.${kind}`)));
    }
    const formAlert = new AlertBox();
    const { fields, read, first } = contentFields(null);
    const form = h(
      "form",
      { class: "panel plan-edit", novalidate: true },
      h(
        "fieldset",
        {},
        h("legend", {}, t(`plans.add.${kind}`)),
        formAlert.el,
        ...fields,
        h("div", { class: "form-row" }, h("button", { type: "submit", class: "primary" }, t("board.add")), h("button", { type: "button", onclick: () => close(null, key) }, t("plans.cancel"))),
      ),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void formAlert.run(async () => {
        const before = new Set(ids(plan!));
        const content = read();
        await act(() => api.add(parentId || null, content), null);
        const added = ids(plan!).find((id) => !before.has(id));
        if (added) focusNode(added);
      });
    });
    queueMicrotask(() => first.focus());
    return form;
  };

  const open = (nodeId: string | null, parentId: string | null) => {
    editing = nodeId;
    adding = parentId;
    alert.clear();
    drawTree();
  };

  const close = (nodeId: string | null, addKey?: string) => {
    editing = null;
    adding = null;
    drawTree();
    if (nodeId) focusNode(nodeId);
    else if (addKey) treeEl.querySelector<HTMLElement>(`[data-add="${addKey}"]`)?.focus();
  };

  /** Runs a change; on success shows the new plan and brings focus back to the node, on a conflict shows the current plan. */
  const act = async (change: () => Promise<PlanView>, focusId: string | null) => {
    try {
      plan = await change();
    } catch (e) {
      if (errorCode(e) !== "plan.conflict") throw e;
      plan = await api.load();
      editing = null;
      adding = null;
      drawTree();
      alert.error(e);
      if (focusId) focusNode(focusId);
      return;
    }
    editing = null;
    adding = null;
    drawTree();
    status.show(t("plans.saved"));
    if (focusId) focusNode(focusId);
    else frame.heading.focus();
  };

  const run = (change: () => Promise<PlanView>, focusId: string) => void alert.run(() => act(change, focusId));

  const focusNode = (id: string) => (treeEl.querySelector<HTMLElement>(`[data-edit="${id}"]`) ?? frame.heading).focus();

  void (async () => {
    try {
      plan = await api.load();
      const [group, traced] = await Promise.all([
        get<WorkingGroupView>(`/api/working-groups/${plan.workingGroupId}`),
        get<PlanTrace>(`/api/plans/${plan.id}/trace`),
      ]);
      canEdit = organizesGroup(group.group);
      trace = traced;
    } catch (e) {
      loadError = e;
    }
    render();
  })();
  render();
  return { rerender: render };
}

function ids(plan: PlanView): string[] {
  return plan.targetGroups.flatMap((g) => [g.id, ...g.goals.flatMap((goal) => [goal.id, ...goal.objectives.map((o) => o.id)])]);
}
