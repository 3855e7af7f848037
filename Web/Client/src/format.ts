// Dates are shown Czech style in Prague time, whatever the UI language: "18. 11. 2015 13:00".

export const TIME_ZONE = "Europe/Prague";

const dateTimeFormat = new Intl.DateTimeFormat("cs-CZ", {
  timeZone: TIME_ZONE,
  day: "numeric",
  month: "numeric",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

const dateFormat = new Intl.DateTimeFormat("cs-CZ", {
  timeZone: TIME_ZONE,
  day: "numeric",
  month: "numeric",
  year: "numeric",
});

export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso)).replace(/\s+/g, " ");
}

/** When a meeting starts, in full words of the viewer's language ("úterý 1. prosince 2026 v 13:00"), Prague time. */
export function formatMeetingTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "cs-CZ", { timeZone: TIME_ZONE, dateStyle: "full", timeStyle: "short" })
    .format(new Date(iso))
    .replace(/\s+/g, " ");
}

/** A plain calendar date "2026-05-26" as "26. 5. 2026" (no time zone involved). */
export function formatDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d, 12))).replace(/\s+/g, " ");
}

/** A datetime-local input value ("2026-05-26T13:00") as the API's local Prague time "2026-05-26T13:00:00". */
export function toLocalDateTime(inputValue: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(inputValue) ? `${inputValue}:00` : inputValue;
}
