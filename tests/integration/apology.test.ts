import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { participants, programs } from "../../src/db/schema";
import { ids } from "../../src/slack/ids";
import { startTestApp, type TestApp } from "../helpers/test-app";

/**
 * An unexpected error after the acknowledgement (here: the database refuses to write participants,
 * as a full disk would) reaches the person as a short apology in their language, privately: as an
 * ephemeral answer to a command or a click in a message, by DM after a click in the App Home or a
 * submitted modal, and beside the modal's first input when the modal has not been answered yet.
 */

const EN = "Something went wrong on our side. Please try again in a minute.";
const DE = "Bei uns ist etwas schiefgelaufen. Bitte versuche es in einer Minute noch einmal.";
const GERMAN = "UDEU000001";
const ENGLISH = "UENG000001";

type View = Record<string, unknown>;

describe("an unexpected error after the acknowledgement", () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp({ now: "2030-03-01T09:00:00Z" });
    t.fake.addUser({ id: GERMAN, locale: "de-DE" });
    t.fake.addUser({ id: ENGLISH, locale: "en-US" });
    t.db
      .insert(programs)
      .values({
        name: "Digital Tandem 2030",
        topics: ["ai_tools", "social_media"],
        startDate: "2030-04-01",
        endDate: "2030-09-30",
        signupDeadline: "2030-03-15",
        language: "en",
        timezone: "Europe/Berlin",
        signupOpen: true,
        status: "signup",
        createdBy: "UPM0000001",
      })
      .run();
  });
  afterEach(async () => t.stop());

  /** From here on every write to participants fails, while reads still work. */
  function refuseParticipantWrites(): void {
    for (const op of ["INSERT", "UPDATE", "DELETE"])
      t.db.$client.exec(
        `CREATE TRIGGER refuse_${op.toLowerCase()} BEFORE ${op} ON participants BEGIN SELECT RAISE(ABORT, 'disk I/O error (test)'); END`,
      );
  }

  function lastOpenedView(): View {
    const last = [...t.fake.views.values()].at(-1);
    if (!last) throw new Error("no view opened");
    return last;
  }

  it("answers a command privately in the person's language", async () => {
    refuseParticipantWrites();
    // The questionnaire opens, then its draft cannot be stored.
    await t.slack.command(GERMAN, "join mentor");
    await t.fake.waitForCall("views.open");
    await t.fake.waitForCall("response_url");
    expect(t.fake.responses()).toEqual([
      expect.objectContaining({ response_type: "ephemeral", text: DE, replace_original: false }),
    ]);
    expect(t.fake.dmsTo(GERMAN)).toEqual([]);
  });

  it("answers a click in the App Home by DM", async () => {
    refuseParticipantWrites();
    await t.slack.blockAction(
      ENGLISH,
      { action_id: ids.signup.join, value: "mentee" },
      { view: { id: "VHOME00001", type: "home" } },
    );
    await t.fake.waitFor(() => t.fake.dmsTo(ENGLISH).length > 0, "the apology by DM");
    expect(t.fake.dmsTo(ENGLISH).map((m) => m.text)).toEqual([EN]);
  });

  it("answers a modal that was not answered yet beside its first input, keeping what was typed", async () => {
    await t.slack.command(GERMAN, "join");
    await t.fake.waitForCall("views.open");
    const roleView = lastOpenedView();
    expect(roleView.callback_id).toBe(ids.signup.roleModal);
    refuseParticipantWrites();

    const res = await t.slack.viewSubmission(GERMAN, roleView, { [ids.signup.roleInput]: "mentor" });
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.response_action).toBe("errors");
    expect(Object.values(body.errors as Record<string, string>)).toEqual([DE]);
  });

  it("answers a modal that was already closed by DM", async () => {
    t.db
      .insert(participants)
      .values({ programId: 1, userId: ENGLISH, role: "mentor", status: "complete", consent: true })
      .run();
    const home = { id: "VHOME00002", type: "home" };
    await t.slack.blockAction(ENGLISH, { action_id: ids.signup.leave }, { view: home });
    await t.fake.waitForCall("views.open");
    const confirm = lastOpenedView();
    refuseParticipantWrites();

    // The modal closes at once; withdrawing afterwards fails.
    const res = await t.slack.viewSubmission(ENGLISH, confirm, {});
    expect(res.status).toBe(200);
    expect(res.body).toBe("");
    await t.fake.waitFor(() => t.fake.dmsTo(ENGLISH).length > 0, "the apology by DM");
    expect(t.fake.dmsTo(ENGLISH).map((m) => m.text)).toEqual([EN]);
  });
});
