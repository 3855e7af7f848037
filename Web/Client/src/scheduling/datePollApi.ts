// A member's calls through their answer link: the token (from the page's fragment) goes in a header, never in an address.
import { get, send } from "../api";
import type { DateOptionAnswer, DatePollLinkView } from "../types";

const HEADER = "X-Date-Poll-Link";

export class DatePollLinkApi {
  constructor(
    private readonly groupId: string,
    private readonly token: string,
  ) {}

  private get url(): string {
    return `/api/date-polls/${encodeURIComponent(this.groupId)}/answers`;
  }

  load(): Promise<DatePollLinkView> {
    return get<DatePollLinkView>(this.url, { [HEADER]: this.token });
  }

  answer(answers: DateOptionAnswer[]): Promise<DatePollLinkView> {
    return send<DatePollLinkView>("PUT", this.url, answers, { [HEADER]: this.token });
  }
}
