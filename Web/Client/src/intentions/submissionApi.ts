// The provider's calls: the submission link's token (from the page's fragment) goes in a header, never in an address.
import { get, send } from "../api";
import type { IntentionForm, SubmissionObjective, SubmissionView } from "../types";

const HEADER = "X-Submission-Link";

export class SubmissionApi {
  constructor(private readonly token: string) {}

  private get headers(): Record<string, string> {
    return { [HEADER]: this.token };
  }

  load(): Promise<SubmissionView> {
    return get<SubmissionView>("/api/submission", this.headers);
  }

  objectives(): Promise<SubmissionObjective[]> {
    return get<SubmissionObjective[]>("/api/submission/objectives", this.headers);
  }

  saveDraft(form: IntentionForm): Promise<SubmissionView> {
    return send<SubmissionView>("PUT", "/api/submission/draft", form, this.headers);
  }

  submit(form: IntentionForm): Promise<SubmissionView> {
    return send<SubmissionView>("POST", "/api/submission/submit", form, this.headers);
  }

  upload(file: File): Promise<SubmissionView> {
    return send<SubmissionView>("POST", `/api/submission/attachments?name=${encodeURIComponent(file.name)}`, file, this.headers);
  }

  remove(attachmentId: string): Promise<SubmissionView> {
    return send<SubmissionView>("DELETE", `/api/submission/attachments/${attachmentId}`, undefined, this.headers);
  }

  /** The file as a blob URL to open (a plain link could not carry the header). */
  async download(attachmentId: string): Promise<string> {
    const response = await fetch(`/api/submission/attachments/${attachmentId}`, { headers: this.headers, credentials: "same-origin" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return URL.createObjectURL(await response.blob());
  }
}
