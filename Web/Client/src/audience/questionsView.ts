import type { QuestionsView, QuestionView } from "../contract.generated";
import { t } from "../i18n";

const isPublic = (q: QuestionView) => q.state === "Released" || q.state === "Answered";

/**
 * The viewer's questions from the broadcast (`questionsChanged`, the public list) and what they last read themselves
 * (`GetQuestions`: their votes, their own unreleased questions, whether they moderate), without reading again.
 * `votedNow` are the votes given since that read (the upvote's answer says so).
 */
export function viewFrom(broadcast: QuestionsView, personal: QuestionsView, votedNow: ReadonlySet<string>): QuestionsView {
  if (personal.moderator) return personal;
  const publicIds = new Set(broadcast.questions.map((q) => q.id));
  const mine = new Set(personal.questions.filter((q) => q.mine).map((q) => q.id));
  const voted = new Set([...personal.questions.filter((q) => q.voted).map((q) => q.id), ...votedNow]);
  const ownUnreleased = personal.questions.filter((q) => q.mine && !isPublic(q) && !publicIds.has(q.id));
  return {
    ...broadcast,
    moderator: false,
    questions: [...broadcast.questions.map((q) => ({ ...q, mine: mine.has(q.id), voted: voted.has(q.id) })), ...ownUnreleased],
  };
}

/**
 * Whether a broadcast leaves what the viewer read behind, so that only they must read again: a moderator's queue
 * changed, they became or stopped being a moderator, or one of their own questions was released, hidden or merged
 * away. Everyone else (most of a large audience) applies the broadcast alone.
 */
export function needsRead(previous: QuestionsView | undefined, broadcast: QuestionsView, personal: QuestionsView, participantId: string): boolean {
  if (personal.moderator) return true;
  if (broadcast.moderators.includes(participantId)) return true;
  const own = personal.questions.filter((q) => q.mine);
  if (own.length === 0) return false;
  const publicIds = new Set(broadcast.questions.map((q) => q.id));
  const moved = own.some((q) => isPublic(q) !== publicIds.has(q.id));
  const pendingFell = previous !== undefined && broadcast.pending < previous.pending && own.some((q) => q.state === "Pending");
  return moved || pendingFell;
}

/**
 * "zadáno za … (zadal/a …)" on a question asked on someone's behalf, with the names this viewer may see (the public
 * may see neither); null for one's own question.
 */
export function questionMarker(q: QuestionView): string | null {
  if (q.enteredBy === null) return null;
  if (q.enteredBy === "") return t("onBehalf.questionUnnamed");
  return q.authorName ? t("onBehalf.marker", { for: q.authorName, by: q.enteredBy }) : t("onBehalf.question", { by: q.enteredBy });
}
