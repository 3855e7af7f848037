import { h } from "../dom";
import { errorMessage } from "../errors";
import { currentLanguage, t } from "../i18n";
import { readTicket } from "../live/tickets";

export type RecordFormat = "docx" | "md" | "html";
export const RECORD_FORMATS: readonly RecordFormat[] = ["docx", "md", "html"];

/** The address of a meeting's minutes in a format (no version: as they stand now). */
export function minutesUrl(meetingId: string, format: RecordFormat, version: number | null): string {
  const query = new URLSearchParams({ lang: currentLanguage() });
  if (version !== null) query.set("version", String(version));
  return `/api/meetings/${meetingId}/minutes.${format}?${query}`;
}

/** The public version of the latest approved minutes (people as the public sees them): for observers too. */
export function publicMinutesUrl(meetingId: string, format: RecordFormat): string {
  return `/api/meetings/${meetingId}/minutes/public.${format}?${new URLSearchParams({ lang: currentLanguage() })}`;
}

/** The meeting's vision with its ranked proposals in a format. */
export function visionUrl(meetingId: string, format: RecordFormat): string {
  return `/api/meetings/${meetingId}/vision.${format}?${new URLSearchParams({ lang: currentLanguage() })}`;
}

/**
 * Links to a record in every format. Organizers follow plain links (their cookie signs them in); a participant
 * proves who they are with their ticket in a header, which a link cannot send, so the file is fetched and handed
 * over from memory.
 */
export function downloadLinks(urlOf: (format: RecordFormat) => string, ticket: string | null, describedBy: string, onError: (message: string) => void): HTMLElement {
  const items = RECORD_FORMATS.map((format) => {
    const url = urlOf(format);
    const label = t(`records.format.${format}`);
    const attrs = { "aria-describedby": describedBy };
    if (!ticket) {
      return h("li", {}, format === "html" ? h("a", { ...attrs, href: url, target: "_blank", rel: "noopener" }, label) : h("a", { ...attrs, href: url, download: "" }, label));
    }
    return h("li", {}, h("button", { ...attrs, type: "button", class: "link-button", onclick: () => void fetchWithTicket(url, ticket, format).catch((e) => onError(errorMessage(e))) }, label));
  });
  return h("ul", { class: "inline-list downloads" }, items);
}

/** The public version of the minutes in every format, fetched with the observer's ticket. */
export function publicMinutesLinks(meetingId: string, describedBy: string, onError: (message: string) => void): HTMLElement {
  return downloadLinks((format) => publicMinutesUrl(meetingId, format), readTicket(meetingId), describedBy, onError);
}

/** The minutes of a meeting (no version: as they stand now), for whoever is on the page. */
export function minutesLinks(meetingId: string, version: number | null, describedBy: string, onError: (message: string) => void): HTMLElement {
  return downloadLinks((format) => minutesUrl(meetingId, format, version), readTicket(meetingId), describedBy, onError);
}

async function fetchWithTicket(url: string, ticket: string, format: RecordFormat): Promise<void> {
  const response = await fetch(url, { headers: { "X-Participant-Ticket": ticket } });
  if (!response.ok) throw new Error(t("records.downloadFailed", { status: response.status }));
  const blobUrl = URL.createObjectURL(await response.blob());
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(response.headers.get("Content-Disposition") ?? "")?.[1];
  const a = h("a", { href: blobUrl, target: format === "html" ? "_blank" : null, download: format === "html" ? null : decodeURIComponent(name ?? `zapis.${format}`) });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000); // the new tab or the save needs it a moment longer
}
