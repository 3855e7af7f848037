// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { GettingStarted, gettingStartedHidden } from "../../src/pages/gettingStarted";
import { click, czech, find, mount } from "../panels/dom";

describe("what to try first", () => {
  beforeEach(() => {
    czech();
    localStorage.clear();
  });

  it("leads to the first working group, in order, until the organizer hides it for this browser", async () => {
    const host = await mount(<GettingStarted firstGroup={{ name: "Pracovní skupina pro seniory" }} />);

    const steps = [...host.querySelectorAll("ol > li")].map((li) => li.textContent);
    expect(steps).toHaveLength(5);
    expect(steps[0]).toContain("Otevřete pracovní skupinu");
    expect(steps[0]).toContain("Pracovní skupina pro seniory");
    expect(gettingStartedHidden()).toBe(false);

    await click(find(host, "button"));

    expect(host.querySelector(".getting-started")).toBeNull();
    expect(gettingStartedHidden()).toBe(true);
  });

  it("asks for a group first when there is none", async () => {
    const host = await mount(<GettingStarted firstGroup={null} />);
    expect(find(host, "ol > li").textContent).toContain("založte pracovní skupinu");
  });
});
