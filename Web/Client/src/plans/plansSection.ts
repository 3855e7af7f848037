import { get } from "../api";
import { h } from "../dom";
import { t } from "../i18n";
import { ImportForm } from "../imports/importForm";
import { planPreview } from "../imports/planPreview";
import type { PlanImportResponse } from "../imports/types";
import { organizesGroup } from "../workingGroups/access";
import type { WorkingGroupDetails } from "../types";
import { AlertBox } from "../ui/forms";
import type { PlanSummary } from "./types";

/** The group page's plans: links to each, and for the group's organizers the import of a plan from text. */
export class PlansSection {
  readonly el = h("section", { "aria-labelledby": "plans" });
  private readonly alert = new AlertBox();
  private readonly listEl = h("div", {});
  private plans: PlanSummary[] | null = null;
  private importEl: HTMLElement | null = null;

  constructor(private readonly groupId: string) {
    get<PlanSummary[]>(`/api/working-groups/${encodeURIComponent(groupId)}/plans`).then(
      (plans) => {
        this.plans = plans;
        this.draw();
      },
      (e: unknown) => this.alert.error(e),
    );
  }

  /** Draws the section for the group (again after a language change); the import form keeps what is typed in it. */
  render(group: WorkingGroupDetails): HTMLElement {
    if (!this.importEl && organizesGroup(group)) {
      const form = new ImportForm<PlanImportResponse>({
        url: `/api/working-groups/${encodeURIComponent(this.groupId)}/imports/plan`,
        label: t("import.plan.text"),
        hint: t("import.plan.hint"),
        preview: (r) => planPreview(r.plan),
        unplaced: (r) => r.unplaced,
        saved: (r) => {
          if (r.saved) this.plans = [...(this.plans ?? []), { id: r.saved.id, title: r.saved.title }];
          this.draw();
          return t("import.plan.saved", { title: r.saved?.title ?? "" });
        },
      });
      this.importEl = h("details", { class: "panel" }, h("summary", {}, t("import.plan.title")), form.el);
    }
    this.el.replaceChildren(h("h2", { id: "plans" }, t("plans.title")), this.alert.el, this.listEl, ...(this.importEl ? [this.importEl] : []));
    this.draw();
    return this.el;
  }

  private draw(): void {
    this.listEl.replaceChildren(
      this.plans === null
        ? h("p", { class: "loading" }, t("common.loading"))
        : this.plans.length === 0
          ? h("p", {}, t("plans.none"))
          : h("ul", { class: "links" }, this.plans.map((p) => h("li", {}, h("a", { href: `/plans/${p.id}` }, p.title)))),
    );
  }
}
