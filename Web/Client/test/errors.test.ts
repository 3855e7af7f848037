import { describe, expect, it } from "vitest";
import { ApiError } from "../src/api";
import { errorCode, errorMessage } from "../src/errors";
import { useTexts } from "../src/i18n";

describe("errors", () => {
  it("reads the code of an API error", () => {
    expect(errorCode(new ApiError(401, "auth.invalid_credentials"))).toBe("auth.invalid_credentials");
  });

  it("reads the code at the end of a hub error", () => {
    const e = new Error("An unexpected error occurred invoking 'JoinMeeting' on the server. HubException: meeting.not_joined");
    expect(errorCode(e)).toBe("meeting.not_joined");
  });

  it("localizes per code and falls back to a general message", () => {
    useTexts("en", { "error.forbidden": "Not allowed.", "error.unknown": "Something went wrong." });
    expect(errorMessage(new ApiError(403, "forbidden"))).toBe("Not allowed.");
    expect(errorMessage(new ApiError(400, "something.new"))).toBe("Something went wrong.");
  });
});
