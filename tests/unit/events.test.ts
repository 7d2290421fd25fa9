import { describe, expect, it } from "vitest";
import { type EventForm, invitedStatuses, validateEvent } from "../../src/domain/events";
import { translator } from "../../src/i18n";
import { ids, memberId } from "../../src/slack/ids";
import {
  buildEventAnnouncement,
  buildEventModal,
  buildEventReminder,
  buildTablesDm,
  type EventInfo,
  eventErrorsByBlock,
  readEventForm,
} from "../../src/slack/views/rhythmEvents";

const rules = {
  now: new Date("2026-03-10T12:00:00Z"),
  timezone: "Europe/Berlin",
  programStart: "2026-04-01",
  programEnd: "2026-09-30",
};

function form(f: Partial<EventForm> = {}): EventForm {
  return {
    kind: "kickoff",
    date: "2026-04-02",
    time: "17:30",
    place: "Room 4.12",
    description: null,
    rounds: null,
    ...f,
  };
}

describe("validateEvent", () => {
  it("reads date and time in the program's time zone", () => {
    const result = validateEvent(form(), rules);
    expect(result).toEqual({
      ok: true,
      event: {
        kind: "kickoff",
        startsAt: "2026-04-02T15:30:00.000Z",
        place: "Room 4.12",
        description: null,
        rounds: null,
      },
    });
    const winter = validateEvent(form({ date: "2026-03-20", time: "09:00" }), rules);
    expect(winter.ok && winter.event.startsAt).toBe("2026-03-20T08:00:00.000Z");
  });

  it("gives a World Café three rounds unless told otherwise, and bounds them", () => {
    const cafe = validateEvent(form({ kind: "world_cafe" }), rules);
    expect(cafe.ok && cafe.event.rounds).toBe(3);
    const four = validateEvent(form({ kind: "world_cafe", rounds: "4" }), rules);
    expect(four.ok && four.event.rounds).toBe(4);
    const many = validateEvent(form({ kind: "world_cafe", rounds: "9" }), rules);
    expect(many.ok || many.errors.rounds?.code).toBe("rounds_range");
    const closing = validateEvent(form({ kind: "closing", rounds: "9" }), rules);
    expect(closing.ok && closing.event.rounds).toBeNull();
  });

  it("refuses the past, dates far from the program, and missing answers", () => {
    const past = validateEvent(form({ date: "2026-03-10", time: "12:59" }), rules);
    expect(past.ok || past.errors.date?.code).toBe("in_past");
    const far = validateEvent(form({ date: "2026-11-15" }), rules);
    expect(far.ok || far.errors.date?.code).toBe("outside_program");
    const near = validateEvent(form({ date: "2026-10-20" }), rules);
    expect(near.ok).toBe(true);
    const empty = validateEvent(
      { kind: null, date: null, time: null, place: "  ", description: null, rounds: null },
      rules,
    );
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect(Object.keys(empty.errors).sort()).toEqual(["date", "kind", "place", "time"]);
    const forged = validateEvent(form({ kind: "party", time: "25:00" }), rules);
    expect(forged.ok || [forged.errors.kind?.code, forged.errors.time?.code]).toEqual(["invalid", "invalid"]);
  });

  it("invites everyone who signed up to the kickoff, matched people to the others", () => {
    // One rule for every event: the waiting list is invited to all of them.
    for (const kind of ["kickoff", "world_cafe", "closing"] as const)
      expect(invitedStatuses(kind).sort()).toEqual(["complete", "matched", "waiting"]);
  });
});

describe("event builders", () => {
  const en = translator("en");
  const de = translator("de");
  const event: EventInfo = {
    id: 42,
    kind: "world_cafe",
    startsAt: "2026-05-05T15:00:00.000Z",
    place: "<https://evil.example|Zoom> https://meet.example/abc?x=1&y=2 <!here>",
    description: "Bring <@U123> & coffee",
    rounds: 3,
    timezone: "Europe/Berlin",
    program: "Digital <b>",
  };

  it("builds the modal with every input and reads it back", () => {
    const view = buildEventModal(en, { timezone: "Europe/Berlin", programId: 1 });
    expect(view.callback_id).toBe(ids.rhythm.eventModal);
    const blockIds = view.blocks.flatMap((b) => (b.type === "input" ? [b.block_id] : []));
    expect(blockIds).toEqual(Object.values(ids.rhythm.eventInput));
    const values = {
      [ids.rhythm.eventInput.time]: {
        [ids.rhythm.eventInput.time]: { type: "timepicker", selected_time: "09:15" },
      },
      [ids.rhythm.eventInput.rounds]: {
        [ids.rhythm.eventInput.rounds]: { type: "number_input", value: "2" },
      },
    };
    expect(readEventForm(values)).toMatchObject({ time: "09:15", rounds: "2", kind: null });
    const errors = eventErrorsByBlock(en, { date: { code: "in_past" } });
    expect(Object.keys(errors)).toEqual([ids.rhythm.eventInput.date]);
  });

  it("announces with RSVP buttons and shows the place as text, never as a link or a ping", () => {
    const msg = buildEventAnnouncement(en, event);
    const json = JSON.stringify(msg);
    expect(json).not.toContain("<https://evil");
    expect(json).not.toContain("<!here>");
    expect(json).not.toContain("<@U123>");
    expect(json).toContain("&lt;!here&gt;");
    expect(json).toContain("x=1&amp;y=2");
    expect(json).toContain("Digital &lt;b&gt;");
    expect(json).toContain("Tuesday, 5 May 2026");
    expect(json).toContain("17:00");
    const buttons = msg.blocks.flatMap((b) => (b.type === "actions" ? b.elements : []));
    expect(buttons.map((b) => ("value" in b ? JSON.parse(String(b.value)) : null))).toEqual([
      { e: 42, r: "going" },
      { e: 42, r: "not_going" },
    ]);
    expect(buttons.map((b) => b.action_id)).toEqual([
      memberId(ids.rhythm.rsvp, "going"),
      memberId(ids.rhythm.rsvp, "not_going"),
    ]);
    const answered = JSON.stringify(buildEventAnnouncement(de, event, "not_going"));
    expect(answered).toContain("Du kannst nicht kommen");
    expect(answered).toContain("Dienstag, 5. Mai 2026");
  });

  it("reminds a week and a day before", () => {
    expect(buildEventReminder(en, event, 7).text).toBe("Reminder: the World Café is in one week.");
    expect(buildEventReminder(de, { ...event, kind: "closing" }, 1).text).toBe(
      "Erinnerung: Abschlussveranstaltung ist morgen.",
    );
    expect(JSON.stringify(buildEventReminder(en, event, 1).blocks)).toContain(ids.rhythm.rsvp);
  });

  it("tells each person their table per round and who sits with them", () => {
    const plan = [
      {
        round: 1,
        tables: [
          ["UA", "UB", "UC", "UD"],
          ["UE", "UF", "UG", "UH"],
        ],
      },
      {
        round: 2,
        tables: [
          ["UA", "UE", "UG", "UX"],
          ["UB", "UC", "UF", "UH"],
        ],
      },
    ];
    const msg = JSON.stringify(buildTablesDm(en, event, "UA", plan));
    expect(msg).toContain("Round 1: table 1, with <@UB>, <@UC>, <@UD>");
    expect(msg).toContain("Round 2: table 1, with <@UE>, <@UG>, <@UX>");
  });
});
