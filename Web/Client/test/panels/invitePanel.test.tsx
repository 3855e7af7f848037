// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { InviteInfo } from "../../src/types";
import { InvitePanel } from "../../src/ui/invitePanel";
import { details } from "../live/fixtures";
import { czech, find } from "./dom";

const invite = (uses: number): InviteInfo => ({
  inviteId: "i1",
  role: "Participant",
  createdAt: "2026-05-26T10:00:00+00:00",
  expiresAt: null,
  revokedAt: null,
  uses,
  guest: null,
});

/** The server's invite list, answering with the uses the test sets. */
let uses = 0;
const answered = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe("the invitations panel", () => {
  beforeEach(() => {
    czech();
    uses = 0;
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify([invite(uses)]), { status: 200, headers: { "Content-Type": "application/json" } }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the role the facilitator chose and its focus while people join and the meeting changes", async () => {
    const panel = new InvitePanel(details("Live"));
    document.body.replaceChildren(panel.el);
    await answered();
    const role = find<HTMLSelectElement>(panel.el, "select[name=role]");
    await act(() => {
      role.focus();
      role.value = "Observer";
      role.dispatchEvent(new Event("change", { bubbles: true }));
    });

    uses = 3;
    panel.refresh();
    await answered();
    await act(() => panel.update({ ...details("Live"), publicWatchEnabled: true }));

    expect(find(panel.el, ".invite-list td.number").textContent).toBe("3");
    expect(find(panel.el, ".switch-state").textContent).toBe("Zapnuto");
    expect(find<HTMLSelectElement>(panel.el, "select[name=role]")).toBe(role);
    expect(role.value).toBe("Observer");
    expect(document.activeElement).toBe(role);
  });
});
