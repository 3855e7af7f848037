import { Hub } from "../contract.generated";
import { h, uid } from "../dom";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import type { MeetingHubAccess } from "../live/meetingChannel";
import type { Comment, CommentStatus } from "../types";
import { keepingFocus } from "../ui/focus";
import { AlertBox, field } from "../ui/forms";
import type { SectionPanel } from "./sectionPanel";

export interface CommentsPanelOptions {
  hub: MeetingHubAccess;
  meetingId: string;
  section: SectionPanel;
  mayComment: boolean;
  facilitator: boolean;
}

/** A section's comments (připomínky): anchored to a range, threaded replies, statuses, live for everyone. */
export class CommentsPanel {
  readonly el: HTMLElement;
  private readonly titleId = uid("comments");
  private readonly titleEl = h("h4", { id: this.titleId });
  private readonly listEl = h("ol", { class: "comments" });
  private readonly formEl: HTMLFormElement;
  private readonly alert = new AlertBox();
  private readonly comments = new Map<string, Comment>();
  private mayComment: boolean;

  constructor(private readonly options: CommentsPanelOptions) {
    this.mayComment = options.mayComment;
    this.formEl = this.newCommentForm();
    // A group, not a region: every section has its comments, and regions named alike are landmarks nobody can tell apart.
    this.el = h("div", { class: "comments-panel", role: "group", "aria-labelledby": this.titleId }, this.titleEl, this.alert.el, this.listEl, this.formEl);
    this.render();
  }

  async load(): Promise<void> {
    try {
      const all = await this.options.hub.invoke(Hub.GetComments, this.options.meetingId);
      this.comments.clear();
      for (const c of all) if (c.sectionId === this.options.section.sectionId) this.comments.set(c.id, c);
      this.render();
    } catch (e) {
      this.alert.error(e);
    }
  }

  changed(comment: Comment): void {
    this.comments.set(comment.id, comment);
    this.render();
  }

  setMayComment(mayComment: boolean): void {
    this.mayComment = mayComment;
    this.render();
  }

  /** Draws the list and the highlights in the text again. */
  render(): void {
    const open = [...this.comments.values()].filter((c) => c.status === "Open").length;
    this.titleEl.textContent = t("comments.title", { open, total: this.comments.size });
    const sorted = [...this.comments.values()].sort((a, b) => a.from - b.from || a.at.localeCompare(b.at));
    keepingFocus(this.listEl, () => this.listEl.replaceChildren(...sorted.map((c) => this.renderComment(c))));
    this.formEl.hidden = !this.mayComment;
    this.options.section.showComments(sorted.filter((c) => c.status === "Open"));
  }

  private renderComment(c: Comment): HTMLElement {
    // Buttons repeated per comment are described by the comment's own text.
    const textId = `comment-${c.id}`;
    const actions: HTMLElement[] = [
      h("button", { type: "button", class: "link-button", "aria-describedby": textId, onclick: () => this.options.section.showInText(c) }, t("comments.showInText")),
    ];
    if (this.mayComment) {
      const next: CommentStatus[] = c.status === "Open" ? ["Resolved"] : ["Open"];
      if (this.options.facilitator && c.status !== "Incorporated") next.push("Incorporated");
      for (const status of next) {
        actions.push(
          h(
            "button",
            {
              type: "button",
              class: "link-button",
              "aria-describedby": textId,
              "data-focus-key": `${c.id}:${status}`,
              onclick: () => void this.setStatus(c.id, status),
            },
            t(`comments.set.${status}`),
          ),
        );
      }
    }
    return h(
      "li",
      { class: `comment comment-${c.status.toLowerCase()}`, "data-comment": c.id },
      c.quote ? h("blockquote", {}, c.quote) : null,
      h("p", { class: "comment-meta" }, h("strong", {}, c.authorName), " · ", formatDateTime(c.at), " · ", h("span", { class: "comment-status" }, t(`comments.status.${c.status}`))),
      h("p", { class: "comment-text", id: textId }, c.text),
      c.replies.length > 0
        ? h(
            "ul",
            { class: "replies" },
            c.replies.map((r) => h("li", {}, h("p", { class: "comment-meta" }, h("strong", {}, r.authorName), " · ", formatDateTime(r.at)), h("p", {}, r.text))),
          )
        : null,
      h("div", { class: "comment-actions" }, actions),
      this.mayComment ? this.replyForm(c) : null,
    );
  }

  private replyForm(c: Comment): HTMLFormElement {
    const text = h("textarea", { name: "reply", rows: 2, maxlength: 4000, required: true, "data-focus-key": `${c.id}:reply` });
    const form = h("form", { class: "reply-form" }, field(t("comments.reply"), text), h("button", { type: "submit" }, t("comments.sendReply")));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.alert.run(async () => {
        await this.options.hub.invoke(Hub.ReplyToComment, this.options.meetingId, { commentId: c.id, text: text.value });
        text.value = "";
      });
    });
    return form;
  }

  private newCommentForm(): HTMLFormElement {
    const text = h("textarea", { name: "comment", rows: 2, maxlength: 4000, required: true });
    const form = h(
      "form",
      { class: "comment-form" },
      field(t("comments.new"), text, t("comments.newHint")),
      h("button", { type: "submit" }, t("comments.add")),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.alert.run(async () => {
        const range = this.options.section.serverSelection();
        if (!range) {
          this.alert.show(t("comments.waitForSave"));
          return;
        }
        await this.options.hub.invoke(Hub.AddComment, this.options.meetingId, { sectionId: this.options.section.sectionId, ...range, text: text.value });
        text.value = "";
      });
    });
    return form;
  }

  private async setStatus(commentId: string, status: CommentStatus): Promise<void> {
    await this.alert.run(() => this.options.hub.invoke(Hub.SetCommentStatus, this.options.meetingId, { commentId, status }));
  }
}
