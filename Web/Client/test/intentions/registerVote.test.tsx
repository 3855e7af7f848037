// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { RegisterVote } from "../../src/intentions/RegisterVote";
import type { PublicVote } from "../../src/types";
import { czech, mount } from "../panels/dom";

const vote = (change: Partial<PublicVote>): PublicVote => ({
  opinion: "Recommending", decision: null, for: 1234, against: 1, abstained: 0, recused: 1, block: false,
  at: "2027-02-10T15:00:00+00:00", members: 5, quorum: 3, quorumMet: true, ...change,
});

describe("a vote in the public register", () => {
  it("shows the result, the counts, the quorum needed and cast, and the recused in the viewer's numbers", async () => {
    czech();
    const host = await mount(<RegisterVote vote={vote({ block: true })} result="doporučující" inconclusive={null} />);
    const lines = [...host.querySelectorAll("li")].map((l) => l.textContent);
    expect(host.querySelector("strong")?.textContent).toBe("doporučující");
    expect(lines).toEqual([
      "1\u00a0234 pro, 1 proti, 0 se zdrželo",
      "Kvórum: potřeba 3, hlasovalo 1\u00a0235 – splněno",
      "Vyloučeno pro střet zájmů: 1",
      "hromadné rozhodnutí",
    ]);
  });

  it("shows the last vote that decided nothing when it came after the result, and only then", async () => {
    czech();
    const missed = vote({ opinion: "None", for: 1, against: 0, recused: 0, quorumMet: false, at: "2027-03-01T09:30:00+00:00" });
    const host = await mount(<RegisterVote vote={null} result="" inconclusive={missed} />);
    expect(host.querySelector(".register-inconclusive strong")?.textContent).toMatch(/^Poslední hlasování bez výsledku \(1\. 3\. 2027/);
    expect(host.textContent).toContain("Kvórum: potřeba 3, hlasovalo 1 – nesplněno");
    expect(host.textContent).toContain("Vyloučeno pro střet zájmů: 0");

    const earlier = await mount(<RegisterVote vote={vote({})} result="doporučující" inconclusive={{ ...missed, at: "2027-01-01T09:30:00+00:00" }} />);
    expect(earlier.querySelector(".register-inconclusive")).toBeNull();
    expect((await mount(<RegisterVote vote={null} result="" inconclusive={null} />)).textContent).toBe("—");
  });
});
