import { Hub } from "../contract.generated";
import { h, uid } from "../dom";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import type { MeetingHubAccess } from "../live/meetingChannel";
import type { HistoryEntry, SectionVersion } from "../types";
import { AlertBox } from "../ui/forms";
import { diffWords } from "./diff";
import type { SectionPanel } from "./sectionPanel";

const ENTRIES = 50;

export interface HistoryPanelOptions {
  hub: MeetingHubAccess;
  meetingId: string;
  section: SectionPanel;
  /** The document, when it is not the meeting's vision (the minutes). */
  documentId?: () => string | null;
  mayRestore(): boolean;
  nameOf(participantId: string): string;
}

/**
 * A section's history: who wrote when (one entry per stretch of continuous writing, docs/protocol.md), any earlier
 * version down to the original wording, its difference from the one before, and restoring it.
 */
export class HistoryPanel {
  readonly el: HTMLDetailsElement;
  private readonly alert = new AlertBox();
  private readonly listEl = h("ol", { class: "history" });
  private readonly versionEl = h("div", { class: "version" });

  constructor(private readonly options: HistoryPanelOptions) {
    this.el = h("details", { class: "history-panel" }, h("summary", {}, t("history.title")), this.alert.el, this.listEl, this.versionEl);
    this.el.addEventListener("toggle", () => {
      if (this.el.open) void this.load();
    });
  }

  private async load(): Promise<void> {
    this.alert.clear();
    this.versionEl.replaceChildren();
    try {
      const entries = await this.options.hub.invoke(Hub.GetHistory, this.options.meetingId, {
        sectionId: this.options.section.sectionId,
        documentId: this.options.documentId?.() ?? null,
        beforeRevision: Number.MAX_SAFE_INTEGER,
        maxEntries: ENTRIES,
      });
      this.listEl.replaceChildren(
        ...(entries.length === 0 ? [h("li", {}, t("history.empty"))] : entries.map((e) => this.renderEntry(e))),
      );
    } catch (e) {
      this.alert.error(e);
    }
  }

  private renderEntry(entry: HistoryEntry): HTMLElement {
    const original = entry.toRevision === 0;
    const authors = entry.authorIds.map((id) => this.options.nameOf(id)).join(", ");
    const revisions =
      entry.fromRevision === entry.toRevision ? t("history.revision", { revision: entry.toRevision }) : t("history.revisions", { from: entry.fromRevision, to: entry.toRevision });
    const labelId = uid("rev");
    return h(
      "li",
      { "data-revision": entry.toRevision, class: original ? "original" : null },
      h("p", { id: labelId }, formatDateTime(entry.endedAt), " · ", original ? t("history.original") : [authors, " · ", revisions]),
      h(
        "div",
        { class: "history-actions" },
        h("button", { type: "button", class: "link-button", "aria-describedby": labelId, onclick: () => void this.show(entry.toRevision) }, t("history.view")),
        original
          ? null
          : h("button", { type: "button", class: "link-button", "aria-describedby": labelId, onclick: () => void this.compare(entry.fromRevision - 1, entry.toRevision) }, t("history.compare")),
        this.options.mayRestore()
          ? h("button", { type: "button", class: "link-button", "aria-describedby": labelId, onclick: () => void this.restore(entry.toRevision) }, t("history.restore"))
          : null,
      ),
    );
  }

  private async version(revision: number): Promise<SectionVersion> {
    return this.options.hub.invoke(Hub.GetVersion, this.options.meetingId, { sectionId: this.options.section.sectionId, revision, documentId: this.options.documentId?.() ?? null });
  }

  private async show(revision: number): Promise<void> {
    await this.display(async () => {
      const version = await this.version(revision);
      return [h("h5", {}, revision === 0 ? t("history.original") : t("history.version", { revision })), h("p", { class: "version-text" }, version.text)];
    });
  }

  /** What the edits after `from` up to `to` changed. */
  private async compare(from: number, to: number): Promise<void> {
    await this.display(async () => {
      const [before, after] = await Promise.all([this.version(from), this.version(to)]);
      const parts = diffWords(before.text, after.text).map((p) =>
        p.kind === "same" ? p.text : h(p.kind === "added" ? "ins" : "del", {}, p.text),
      );
      return [h("h5", {}, t("history.comparing", { from, to })), h("p", { class: "hint" }, t("history.legend")), h("p", { class: "diff" }, parts)];
    });
  }

  private async display(render: () => Promise<HTMLElement[]>): Promise<void> {
    await this.alert.run(async () => this.versionEl.replaceChildren(...(await render())));
  }

  private async restore(revision: number): Promise<void> {
    this.alert.clear();
    // Refused before anyone is asked to confirm: the server would refuse it anyway (document.locked).
    if (this.options.section.locked) {
      this.alert.show(t("history.restoreLocked"));
      return;
    }
    if (!window.confirm(revision === 0 ? t("history.restoreOriginalConfirm") : t("history.restoreConfirm", { revision }))) return;
    await this.alert.run(async () => {
      await this.options.hub.invoke(Hub.RestoreVersion, this.options.meetingId, { sectionId: this.options.section.sectionId, revision, documentId: this.options.documentId?.() ?? null });
      await this.load();
    });
  }
}
