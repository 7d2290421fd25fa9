import { describe, expect, it } from "vitest";
import { joinGate, joinStep, signupChange } from "../../src/domain/signup";
import { values } from "../../src/slack/values";

const open = { signupOpen: true, signupDeadline: "2030-03-15" };
const closed = { signupOpen: false, signupDeadline: "2030-03-15" };
const today = "2030-03-01";

describe("the step `join` leads to", () => {
  it("asks for the role unless one is given, and a chosen role leaves a draft", () => {
    const gate = joinGate(open, undefined, today);
    expect(joinStep(gate, undefined, undefined)).toEqual({ kind: "chooseRole", initial: undefined });
    expect(joinStep(gate, undefined, "mentee")).toEqual({
      kind: "questionnaire",
      role: "mentee",
      editing: false,
      draft: true,
    });
    const withdrawn = { status: "withdrawn" as const, role: "mentor" as const };
    expect(joinStep(joinGate(open, withdrawn, today), "mentor", undefined)).toEqual({
      kind: "chooseRole",
      initial: "mentor",
    });
  });

  it("edits a finished sign-up in its role, or the other one, also after sign-up closed", () => {
    const done = { status: "complete" as const, role: "mentor" as const };
    const gate = joinGate(closed, done, today);
    expect(joinStep(gate, "mentor", undefined)).toEqual({
      kind: "questionnaire",
      role: "mentor",
      editing: true,
      draft: false,
    });
    expect(joinStep(gate, "mentor", "mentee")).toMatchObject({ role: "mentee", editing: true });
    if (gate.kind !== "edit") throw new Error("expected an edit");
    expect(signupChange(gate, "mentor")).toBe("updated");
    expect(signupChange(gate, "mentee")).toBe("switched");
    expect(signupChange({ kind: "new" }, "mentee")).toBe("new");
  });

  it("refuses the matched and, when sign-up is closed, newcomers", () => {
    const matched = { status: "matched" as const, role: "mentee" as const };
    expect(joinStep(joinGate(open, matched, today), "mentee", "mentee")).toEqual({
      kind: "refused",
      why: "matched",
    });
    expect(joinStep(joinGate(closed, undefined, today), undefined, "mentor")).toEqual({
      kind: "refused",
      why: "closed",
    });
  });
});

describe("the sign-up buttons' values", () => {
  it("are bare words, read back exactly, anything else refused", () => {
    expect(values.signup.join.encode("mentee")).toBe("mentee");
    expect(values.signup.join.parse("mentor")).toBe("mentor");
    expect(values.signup.join.parse(undefined)).toBeUndefined();
    expect(values.signup.join.parse("admin")).toBeUndefined();
    expect(values.signup.leave.parse(values.signup.leave.encode("confirm"))).toBe("confirm");
    expect(values.signup.leave.parse("yes")).toBeUndefined();
  });
});
