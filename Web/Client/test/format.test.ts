import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMeetingStart, formatMeetingTime, formatNumber, formatPercent, formatTime, toLocalDateTime } from "../src/format";
import { useTexts } from "../src/i18n";

// Everything shown follows the viewer's language; the clock is Prague's whatever the language.
describe("format", () => {
  afterEach(() => useTexts("cs", {}));

  it("shows an instant Czech style in Prague time to a Czech viewer", () => {
    useTexts("cs", {});
    expect(formatDateTime("2015-11-18T12:00:00Z")).toBe("18. 11. 2015 13:00");
    expect(formatDateTime("2026-05-26T13:00:00+02:00")).toBe("26. 5. 2026 13:00");
    expect(formatTime("2026-05-26T07:05:00Z")).toBe("09:05");
  });

  it("shows an instant English style with a month name in Prague time to an English viewer", () => {
    useTexts("en", {});
    expect(formatDateTime("2015-11-18T12:00:00Z")).toBe("18 Nov 2015, 13:00");
    expect(formatDateTime("2026-05-26T13:00:00+02:00")).toBe("26 May 2026, 13:00");
    expect(formatTime("2026-05-26T07:05:00Z")).toBe("09:05");
  });

  it("names a meeting's day and time in the viewer's language, in Prague time", () => {
    const cs = formatMeetingTime("2026-12-01T12:00:00Z", "cs");
    expect(cs).toContain("úterý");
    expect(cs).toContain("prosince 2026");
    expect(cs).toContain("13:00");
    const en = formatMeetingTime("2026-12-01T12:00:00Z", "en");
    expect(en).toContain("Tuesday");
    expect(en).toContain("December 2026");
    expect(en).toContain("13:00");
    useTexts("en", {});
    expect(formatMeetingTime("2026-12-01T12:00:00Z")).toBe(en);
  });

  it("shows a meeting's start without a time when only its day is known", () => {
    useTexts("cs", {});
    expect(formatMeetingStart({ startsAt: "2026-03-04T23:00:00Z", timeUnknown: true })).toBe("5. 3. 2026");
    expect(formatMeetingStart({ startsAt: "2026-03-05T13:30:00+01:00", timeUnknown: false })).toBe("5. 3. 2026 13:30");
    useTexts("en", {});
    expect(formatMeetingStart({ startsAt: "2026-03-04T23:00:00Z", timeUnknown: true })).toBe("5 Mar 2026");
  });

  it("shows a calendar date in the viewer's language", () => {
    useTexts("cs", {});
    expect(formatDate("2026-05-26")).toBe("26. 5. 2026");
    useTexts("en", {});
    expect(formatDate("2026-05-26")).toBe("26 May 2026");
  });

  it("shows numbers and shares in the viewer's language", () => {
    useTexts("cs", {});
    expect(formatNumber(3.456, 2)).toBe("3,46");
    expect(formatNumber(1234)).toBe("1\u00a0234");
    expect(formatPercent(2 / 3)).toBe("67\u00a0%");
    useTexts("en", {});
    expect(formatNumber(3.456, 2)).toBe("3.46");
    expect(formatNumber(1234)).toBe("1,234");
    expect(formatPercent(2 / 3)).toBe("67%");
  });

  it("sends a datetime-local value with seconds", () => {
    expect(toLocalDateTime("2026-05-26T13:00")).toBe("2026-05-26T13:00:00");
    expect(toLocalDateTime("2026-05-26T13:00:30")).toBe("2026-05-26T13:00:30");
  });
});
