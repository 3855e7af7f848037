import { signal, type ReadonlySignal, type Signal } from "@preact/signals";
import { render } from "preact";
import { useState } from "preact/hooks";
import { h, uid } from "../dom";
import { useId } from "../ui/uniqueId";
import { errorMessage } from "../errors";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import { Hub, type HubMethods } from "../contract.generated";
import type { MeetingHubAccess } from "../live/meetingChannel";
import type { Comment, CommentStatus } from "../types";
import { Alert, Field, useAlert } from "../ui/components";
import type { SectionPanel } from "./sectionPanel";

export interface CommentsPanelOptions {
  hub: MeetingHubAccess;
  meetingId: string;
  section: SectionPanel;
  mayComment: boolean;
  facilitator: boolean;
  /** Names an author whose comment came without a name (an observer's: docs/protocol.md, "Who the public sees"). */
  nameOf(participantId: string): string;
}

/**
 * A section's comments (připomínky): anchored to a range, threaded replies, statuses, live for everyone. The section
 * panel (built with `h()`) holds this element; the list and its forms inside are a component, so a half-typed reply
 * or comment survives every change of the others.
 */
export class CommentsPanel {
  readonly el: HTMLElement;
  private readonly comments = signal<ReadonlyMap<string, Comment>>(new Map());
  private readonly mayComment: Signal<boolean>;
  /** A failure loading the comments. */
  private readonly failure = signal("");

  constructor(private readonly options: CommentsPanelOptions) {
    this.mayComment = signal(options.mayComment);
    const titleId = uid("comments");
    // A group, not a region: every section has its comments, and regions named alike are landmarks nobody can tell apart.
    this.el = h("div", { class: "comments-panel", role: "group", "aria-labelledby": titleId });
    render(<Comments titleId={titleId} comments={this.comments} mayComment={this.mayComment} failure={this.failure} options={options} />, this.el);
    this.highlight();
  }

  async load(): Promise<void> {
    try {
      const all = await this.options.hub.invoke(Hub.GetComments, this.options.meetingId);
      this.comments.value = new Map(all.filter((c) => c.sectionId === this.options.section.sectionId).map((c) => [c.id, c]));
      this.failure.value = "";
      this.highlight();
    } catch (e) {
      this.failure.value = errorMessage(e);
    }
  }

  changed(comment: Comment): void {
    this.comments.value = new Map(this.comments.peek()).set(comment.id, comment);
    this.highlight();
  }

  setMayComment(mayComment: boolean): void {
    this.mayComment.value = mayComment;
  }

  /** Marks the open comments' ranges in the text (again, after the text was reset). */
  highlight(): void {
    this.options.section.showComments(sorted(this.comments.peek()).filter((c) => c.status === "Open"));
  }
}

const sorted = (comments: ReadonlyMap<string, Comment>) => [...comments.values()].sort((a, b) => a.from - b.from || a.at.localeCompare(b.at));

interface CommentsProps {
  titleId: string;
  comments: ReadonlySignal<ReadonlyMap<string, Comment>>;
  mayComment: ReadonlySignal<boolean>;
  failure: ReadonlySignal<string>;
  options: CommentsPanelOptions;
}

function Comments({ titleId, comments, mayComment, failure, options }: CommentsProps) {
  const all = sorted(comments.value);
  const may = mayComment.value;
  const alert = useAlert();
  /** Sends a change; answers whether it was taken (a failure is shown here). */
  const invoke: CommentInvoke = async (method, argument) => {
    let taken = false;
    await alert.run(async () => {
      await options.hub.invoke(method, ...([options.meetingId, argument] as HubMethods[typeof method]["args"]));
      taken = true;
    });
    return taken;
  };
  return (
    <>
      <h4 id={titleId}>{t("comments.title", { open: all.filter((c) => c.status === "Open").length, total: all.length })}</h4>
      <Alert message={alert.message || failure.value} />
      <ol class="comments">
        {all.map((c) => (
          <CommentItem key={c.id} c={c} mayComment={may} facilitator={options.facilitator} section={options.section} nameOf={options.nameOf} invoke={invoke} />
        ))}
      </ol>
      {may ? (
        <TextForm
          className="comment-form"
          name="comment"
          label={t("comments.new")}
          hint={t("comments.newHint")}
          button={t("comments.add")}
          send={async (text) => {
            const range = options.section.serverSelection();
            if (!range) {
              alert.show(t("comments.waitForSave"));
              return false;
            }
            return invoke(Hub.AddComment, { sectionId: options.section.sectionId, ...range, text });
          }}
        />
      ) : null}
    </>
  );
}

/** The comment changes a person sends from here, each with the argument after the meeting's id. */
type CommentMethod = typeof Hub.AddComment | typeof Hub.ReplyToComment | typeof Hub.SetCommentStatus;
type CommentInvoke = <M extends CommentMethod>(method: M, argument: HubMethods[M]["args"][1]) => Promise<boolean>;

interface CommentItemProps {
  c: Comment;
  mayComment: boolean;
  facilitator: boolean;
  section: SectionPanel;
  nameOf(participantId: string): string;
  invoke: CommentInvoke;
}

function CommentItem({ c, mayComment, facilitator, section, nameOf, invoke }: CommentItemProps) {
  // Buttons repeated per comment are described by the comment's own text.
  const textId = `comment-${c.id}`;
  const next: CommentStatus[] = c.status === "Open" ? ["Resolved"] : ["Open"];
  if (facilitator && c.status !== "Incorporated") next.push("Incorporated");
  return (
    <li class={`comment comment-${c.status.toLowerCase()}`} data-comment={c.id}>
      {c.quote ? <blockquote>{c.quote}</blockquote> : null}
      <p class="comment-meta">
        <strong>{c.authorName || nameOf(c.authorId)}</strong>
        {" · "}
        {formatDateTime(c.at)}
        {" · "}
        <span class="comment-status">{t(`comments.status.${c.status}`)}</span>
      </p>
      <p class="comment-text" id={textId}>
        {c.text}
      </p>
      {c.replies.length > 0 ? (
        <ul class="replies">
          {c.replies.map((r, i) => (
            <li key={i}>
              <p class="comment-meta">
                <strong>{r.authorName || nameOf(r.authorId)}</strong>
                {" · "}
                {formatDateTime(r.at)}
              </p>
              <p>{r.text}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="comment-actions">
        <button type="button" class="link-button" aria-describedby={textId} onClick={() => section.showInText(c)}>
          {t("comments.showInText")}
        </button>
        {mayComment
          ? // By place, not by status: the button pressed stays the same element (and keeps the focus) as its status turns.
            next.map((status, i) => (
              <button key={i} type="button" class="link-button" aria-describedby={textId} onClick={() => void invoke(Hub.SetCommentStatus, { commentId: c.id, status })}>
                {t(`comments.set.${status}`)}
              </button>
            ))
          : null}
      </div>
      {mayComment ? (
        <TextForm className="reply-form" name="reply" label={t("comments.reply")} button={t("comments.sendReply")} send={(text) => invoke(Hub.ReplyToComment, { commentId: c.id, text })} />
      ) : null}
    </li>
  );
}

/** A comment or a reply being written: the text is the form's until it is sent. */
function TextForm({ className, name, label, hint, button, send }: { className: string; name: string; label: string; hint?: string; button: string; send(text: string): Promise<boolean> }) {
  const id = useId();
  const [text, setText] = useState("");
  return (
    <form
      class={className}
      onSubmit={async (event) => {
        event.preventDefault();
        if (await send(text)) setText("");
      }}
    >
      <Field id={id} label={label} hint={hint} required>
        <textarea id={id} name={name} rows={2} maxLength={4000} required value={text} onInput={(event) => setText(event.currentTarget.value)} />
      </Field>
      <button type="submit">{button}</button>
    </form>
  );
}
