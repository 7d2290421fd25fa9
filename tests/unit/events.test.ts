import { describe, expect, it } from "vitest";
import {
  type EventForm,
  invitedStatuses,
  pickText,
  rsvpDeadline,
  tablesDueAt,
  validateEvent,
} from "../../src/domain/events";
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
    nameDe: null,
    nameEn: null,
    descriptionDe: null,
    descriptionEn: null,
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
        name: { de: null, en: null },
        description: { de: null, en: null },
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
    const empty = validateEvent({ ...form(), kind: null, date: null, time: null, place: "  " }, rules);
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

describe("the RSVP deadline and the tables' moment", () => {
  const tz = "Europe/Berlin";
  it("asks for answers until the working day on or before three days ahead", () => {
    // Tuesday 5 May: Saturday 2 May is no working day, so Friday 1 May
    expect(rsvpDeadline({ startsAt: "2026-05-05T15:00:00Z", announcedAt: "2026-04-01T10:00:00Z" }, tz)).toBe(
      "2026-05-01",
    );
    // Thursday 7 May: Monday 4 May
    expect(rsvpDeadline({ startsAt: "2026-05-07T15:00:00Z", announcedAt: "2026-04-01T10:00:00Z" }, tz)).toBe(
      "2026-05-04",
    );
    // announced two days ahead: until the day before
    expect(rsvpDeadline({ startsAt: "2026-05-07T15:00:00Z", announcedAt: "2026-05-05T10:00:00Z" }, tz)).toBe(
      "2026-05-06",
    );
  });

  it("plans the tables at 09:00 of the working day after the deadline, at the latest 2 hours before", () => {
    const event = { startsAt: "2026-05-07T15:00:00Z", announcedAt: "2026-04-01T10:00:00Z" };
    expect(tablesDueAt(event, tz).toISOString()).toBe("2026-05-05T07:00:00.000Z");
    const late = { startsAt: "2026-05-07T08:00:00Z", announcedAt: "2026-05-06T10:00:00Z" };
    expect(tablesDueAt(late, tz).toISOString()).toBe("2026-05-07T06:00:00.000Z");
  });

  it("picks the reader's text, else the other language's", () => {
    expect(pickText("de", { de: "Hallo", en: "Hello" })).toBe("Hallo");
    expect(pickText("de", { de: null, en: "Hello" })).toBe("Hello");
    expect(pickText("en", { de: null, en: null })).toBeUndefined();
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
    name: { de: null, en: null },
    description: { de: null, en: "Bring <@U123> & coffee" },
    rounds: 3,
    rsvpBy: "2026-04-30",
    timezone: "Europe/Berlin",
    program: "Digital <b>",
  };

  it("builds the modal with every input and reads it back", () => {
    const view = buildEventModal(en, { timezone: "Europe/Berlin", programId: 1 });
    expect(view.callback_id).toBe(ids.rhythm.eventModal);
    const blockIds = view.blocks.flatMap((b) => (b.type === "input" ? [b.block_id] : []));
    expect([...blockIds].sort()).toEqual(Object.values(ids.rhythm.eventInput).sort());
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

  it("reminds a week and a day before, fitting the person's answer", () => {
    expect(buildEventReminder(en, event, 7).text).toBe(
      "Reminder, one week to go: *World Café*. We have no answer from you yet.",
    );
    expect(buildEventReminder(de, { ...event, kind: "closing" }, 1).text).toBe(
      "Erinnerung für morgen: *Abschlussveranstaltung*. Von dir haben wir noch keine Antwort.",
    );
    const open = JSON.stringify(buildEventReminder(en, event, 1).blocks);
    expect(open).toContain(memberId(ids.rhythm.rsvp, "going"));
    expect(open).toContain("Please answer by Thursday 30 April");
    const yes = buildEventReminder(de, event, 1, {
      answer: "going",
      tables: ["Runde 1: Tisch 2, mit <@UB>"],
    });
    expect(yes.text).toBe(
      "Du hast zugesagt, morgen ist es so weit: *World Café*. Hier noch einmal alles Wichtige.",
    );
    const yesJson = JSON.stringify(yes.blocks);
    expect(yesJson).not.toContain("Bist du dabei");
    expect(yesJson).not.toContain(memberId(ids.rhythm.rsvp, "going"));
    expect(yesJson).toContain("Ich kann doch nicht");
    expect(yesJson).toContain("Runde 1: Tisch 2, mit <@UB>");
    // the English description is what a German reader sees when no German one was written
    expect(yesJson).toContain("Bring &lt;@U123&gt; &amp; coffee");
  });

  it("shows the reader's name and description, falling back to the other language, then the catalog", () => {
    const named = {
      ...event,
      kind: "kickoff" as const,
      name: { de: "Auftakt im Kesselhaus", en: "Kickoff at the boiler house" },
      description: { de: "Wir lernen uns kennen.", en: "We get to know each other." },
    };
    const de1 = JSON.stringify(buildEventAnnouncement(de, named));
    expect(de1).toContain("Auftakt im Kesselhaus");
    expect(de1).toContain("Wir lernen uns kennen.");
    expect(de1).not.toContain("boiler");
    expect(de1).not.toContain("We get");
    const en1 = JSON.stringify(buildEventAnnouncement(en, { ...named, name: { de: "Auftakt", en: null } }));
    expect(en1).toContain("Auftakt");
    const plain = JSON.stringify(buildEventAnnouncement(de, { ...named, name: { de: null, en: null } }));
    expect(plain).toContain("Auftaktveranstaltung");
    expect(plain).not.toContain("Kickoff");
  });

  it("says rounds and table changes apart: 3 rounds are 2 changes", () => {
    const three = JSON.stringify(buildEventAnnouncement(de, event));
    expect(three).toContain("in 3 Runden");
    expect(three).toContain("insgesamt 2-mal");
    const two = JSON.stringify(buildEventAnnouncement(en, { ...event, rounds: 2 }));
    expect(two).toContain("you change tables once");
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
