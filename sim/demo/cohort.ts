import { participants, tandems } from "../../src/db/schema";
import { ids, memberId } from "../../src/slack/ids";
import { values } from "../../src/slack/values";
import type { FakeMessage } from "../fake-slack";
import type { Answer } from "../slack-requests";
import { type Cast, makeCast, type Person, prng, type Rng } from "./people";
import { findButton, type View, type World } from "./world";

/**
 * The cohort the demo plays: one program from its set-up to its close and the next cohort, as phases.
 * Each phase moves the clock and acts through Slack's payloads only. To add a phase (evaluations,
 * reports, …), write a function `(c: Cohort) => Promise<void>` and put it into PHASES at its place:
 * the rhythm phase runs the scheduler day by day and calls the day's scripted moments (DAYS).
 */

export interface Cohort {
  world: World;
  rng: Rng;
  cast: Cast;
  /** the program's form of address in German (--address) */
  address: "du" | "sie";
  /** the announcement with the Join button, once posted */
  announcement?: FakeMessage;
  /** tandems by channel id, with the way each one goes */
  tandems: Map<string, DemoTandem>;
  handledCheckins: Set<string>;
  /** evaluation DMs already seen, by channel and ts; and how many of each wave a person got */
  handledEvalDms: Set<string>;
  evalDmsSeen: Map<string, number>;
  /** after how many DMs of a wave a person answers (1: at once, 2: after a reminder, 0: never) */
  evalPatience: Map<string, number>;
}

export type Persona = "thriving" | "stalling" | "asks_help" | "rematch" | "pause";

export interface DemoTandem {
  id: number;
  channel: string;
  mentor: string;
  mentee: string;
  persona: Persona;
}

export interface Phase {
  name: string;
  run(c: Cohort): Promise<void>;
}

export const PROGRAM_NAME = "Digital Leadership 2027";
export const NEWS = "C0ALLHANDS1";
const PROMPTING = "Prompting 101";
const S = ids.setup.input;
const q = ids.signup.q;

const at = (day: string, time = "09:00") => `${day}T${time}:00.000Z`;
const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

// ── Helpers on views ──────────────────────────────────────────────────────────────────────────────

interface InputBlock {
  type: string;
  block_id?: string;
  element?: {
    type: string;
    action_id: string;
    options?: { value: string }[];
    option_groups?: { options: { value: string }[] }[];
    initial_value?: string;
    initial_option?: { value: string };
    initial_options?: { value: string }[];
    initial_date?: string;
    initial_time?: string;
    initial_user?: string;
    initial_users?: string[];
  };
}

function inputsOf(view: View): InputBlock[] {
  return ((view.blocks ?? []) as InputBlock[]).filter((b) => b.type === "input" && b.element);
}

/** What Slack would send for an untouched form: the initial values of every input. */
export function initialAnswers(view: View): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const b of inputsOf(view)) {
    const el = b.element;
    if (!el) continue;
    const v =
      el.initial_value ??
      el.initial_option?.value ??
      el.initial_options?.map((o) => o.value) ??
      el.initial_date ??
      el.initial_time ??
      el.initial_user ??
      el.initial_users;
    if (v !== undefined) out[el.action_id] = v;
  }
  return out;
}

function optionValues(view: View, actionId: string): string[] {
  const el = inputsOf(view).find((b) => b.element?.action_id === actionId)?.element;
  return [...(el?.options ?? []), ...(el?.option_groups ?? []).flatMap((g) => g.options)].map((o) => o.value);
}

function hasInput(view: View, actionId: string): boolean {
  return inputsOf(view).some((b) => b.element?.action_id === actionId);
}

const german = (p: Person) => p.locale === "de-DE";

// ── Phases ────────────────────────────────────────────────────────────────────────────────────────

async function setUp(c: Cohort): Promise<void> {
  const { world } = c;
  const pm = c.cast.manager.id;
  world.setNow(at("2027-02-01", "08:30"));
  world.chapter("The program manager sets up the program");
  const opened = await world.command(pm, "program");
  const modal = world.must(opened.opened[0], "the program modal");
  const saved = await world.submit(pm, modal, {
    ...initialAnswers(modal),
    [S.name]: PROGRAM_NAME,
    [S.topics]: ["ai_tools", "social_media", "collaboration_tools", "data_analytics", "security_privacy"],
    [S.customTopics]: PROMPTING,
    [S.startDate]: "2027-03-01",
    [S.endDate]: "2027-08-31",
    [S.signupDeadline]: "2027-02-19",
    [S.meetingCadenceDays]: "30",
    [S.language]: "en",
    [S.address]: c.address,
    [S.timezone]: "Europe/Berlin",
    [S.mentorCapacity]: 1,
    [S.channelPrefix]: "tandem",
    [S.executiveCircle]: "no",
    [S.checkinCadenceDays]: 21,
    [S.circleCadenceDays]: 21,
    [S.nudgeAfterDays]: 28,
    [S.alertAfterDays]: 42,
  });
  if (saved.json.response_action !== "update") throw new Error("demo: the program was not saved");
  world.note(`${c.cast.manager.fullName} creates “${PROGRAM_NAME}” with /mentoring program.`);

  // Someone who is not a program manager tries, and is told no.
  const curious = world.must(c.cast.mentors[0], "a mentor");
  await world.command(curious.id, "program");
  world.note(`${curious.fullName} tries /mentoring program and is refused: only program managers may.`);

  world.setNow(at("2027-02-01", "09:00"));
  await world.command(pm, "signup open");
  await world.command(pm, `announce <#${NEWS}|all-hands>`);
  c.announcement = world.must(
    world.messagesIn(NEWS).find((m) => JSON.stringify(m.blocks).includes(ids.signup.join)),
    "the announcement",
  );
  world.note("Sign-up opens and is announced in #all-hands with a Join button.");
}

const MENTOR_BACKGROUND = {
  en: [
    "Builds our data pipelines",
    "Runs the company's social channels",
    "Automates sales reports",
    "Product owner for the mobile app",
    "Coordinates the Teams roll-out",
  ],
  de: [
    "Baut unsere Datenstrecken",
    "Betreut die Social-Media-Kanäle",
    "Automatisiert Vertriebsberichte",
    "Product Owner der App",
    "Koordiniert die Teams-Einführung",
  ],
};
const MENTOR_HOPE = {
  en: [
    "How decisions are made at the top",
    "Strategy and budgets",
    "How to pitch an idea upwards",
    "Leading people",
  ],
  de: [
    "Wie oben entschieden wird",
    "Strategie und Budgets",
    "Wie man Ideen nach oben verkauft",
    "Menschen führen",
  ],
};
const EXEC_GOALS = {
  en: [
    "Use AI tools with my team",
    "Understand what our younger customers see on social media",
    "Run meetings with less e-mail",
    "Read our dashboards myself",
  ],
  de: [
    "KI-Werkzeuge mit meinem Team nutzen",
    "Verstehen, was junge Kundinnen in Social Media sehen",
    "Weniger E-Mail, bessere Meetings",
    "Unsere Dashboards selbst lesen",
  ],
};
const EXEC_EXPECT = {
  en: ["Honest feedback", "Hands-on practice, not slides", "Patience with my questions"],
  de: ["Ehrliches Feedback", "Praxis statt Folien", "Geduld mit meinen Fragen"],
};
const AVAILABILITY = {
  en: ["Tuesday mornings", "After 4 pm", "Fridays", "Flexible, lunch works"],
  de: ["Dienstagvormittag", "Nach 16 Uhr", "Freitags", "Flexibel, gern mittags"],
};

function questionnaire(c: Cohort, p: Person, view: View): Record<string, Answer> {
  const { rng } = c;
  const lang = german(p) ? "de" : "en";
  const ratings: Record<string, Answer> = {};
  for (const b of inputsOf(view)) {
    const id = b.element?.action_id ?? "";
    if (!id.startsWith(ids.signup.ratingPrefix)) continue;
    ratings[id] = String(p.role === "mentor" ? rng.int(2, 5) : rng.int(1, 4));
  }
  const byRole: Record<string, Answer> =
    p.role === "mentor"
      ? { [q.background]: rng.pick(MENTOR_BACKGROUND[lang]), [q.hopeToLearn]: rng.pick(MENTOR_HOPE[lang]) }
      : {
          [q.learningGoals]: rng.pick(EXEC_GOALS[lang]),
          [q.expectations]: rng.pick(EXEC_EXPECT[lang]),
          [q.concerns]: rng.chance(0.3) ? (lang === "de" ? "Wenig Zeit" : "Little time") : "",
        };
  const formats = optionValues(view, q.meetingFormat);
  const perMonth = optionValues(view, q.meetingsPerMonth);
  const langs = optionValues(view, q.languages);
  return {
    ...initialAnswers(view),
    [q.department]: p.department,
    [q.meetingFormat]: rng.pick(formats),
    [q.meetingsPerMonth]: rng.pick(perMonth.slice(0, 2)),
    [q.languages]: german(p)
      ? langs.filter((l) => l === "de" || rng.chance(0.6))
      : langs.filter((l) => l === "en"),
    [q.availability]: rng.pick(AVAILABILITY[lang]),
    [q.consent]: ["yes"],
    ...ratings,
    ...byRole,
  };
}

async function signUp(c: Cohort): Promise<void> {
  const { world, rng } = c;
  world.chapter(`${c.cast.everyone.length} people sign up`);
  const announcement = world.must(c.announcement, "the announcement");
  const order = rng.shuffle(c.cast.everyone);
  let day = "2027-02-01";
  let minutes = 9 * 60 + 30;
  for (const [i, p] of order.entries()) {
    if (i > 0 && i % 5 === 0) {
      day = addDays(day, 1);
      minutes = 7 * 60 + rng.int(0, 60);
    }
    minutes += rng.int(5, 45);
    world.setNow(
      at(
        day,
        `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`,
      ),
    );
    let view: View;
    if (p.via === "command") {
      view = world.must((await world.command(p.id, `join ${p.role}`)).opened[0], "the questionnaire");
    } else {
      const roleModal = world.must(
        (await world.clickInMessage(p.id, announcement, { actionId: ids.signup.join })).opened[0],
        "the role modal",
      );
      const chosen = await world.submit(p.id, roleModal, { [ids.signup.roleInput]: p.role });
      view = world.must(chosen.next, "the questionnaire");
    }
    const answers = questionnaire(c, p, view);
    if (i === 3) {
      // One person forgets the consent first: the modal shows the error inline, nothing is stored.
      await world.submit(p.id, view, { ...answers, [q.consent]: [] });
      world.note(`${p.fullName} forgets to give consent: the questionnaire says so inline.`);
    }
    await world.submit(p.id, view, answers);
  }
  // One mentor edits her answers with a second `join`: the questionnaire comes back filled in.
  const editor = world.must(c.cast.mentors[1], "a mentor");
  world.setNow(at(addDays(day, 1), "10:15"));
  const edit = world.must((await world.command(editor.id, "join")).opened[0], "the prefilled questionnaire");
  await world.submit(editor.id, edit, {
    ...initialAnswers(edit),
    [q.availability]: german(editor) ? "Montags ab 15 Uhr" : "Mondays after 3 pm",
  });
  world.note(`${editor.fullName} edits the answers with /mentoring join; the form comes back filled in.`);
  await world.openHome(c.cast.manager.id);
  world.note("The program manager's App Home shows the sign-ups per role and department.");
}

async function matchAndLaunch(c: Cohort): Promise<void> {
  const { world } = c;
  const pm = c.cast.manager.id;
  world.setNow(at("2027-02-22", "08:00"));
  world.chapter("Matching, review, approval and launch");
  await world.command(pm, "signup close");
  const review = world.must((await world.command(pm, "match")).opened[0], "the review modal");
  const reviewId = String(review.id);
  // Lock the first proposed pair, recompute, approve.
  await world.clickInView(pm, world.modal(reviewId), {
    actionId: ids.matching.pairMenu,
    value: (v) => (v ?? "").includes('"lock"'),
  });
  await world.clickInView(pm, world.modal(reviewId), { actionId: ids.matching.recompute });
  await world.clickInView(pm, world.modal(reviewId), { actionId: ids.matching.approve });
  await world.settle(60_000);
  world.note(
    "The manager reviews the proposal, locks a pair, recomputes and approves: the outbox launches every tandem.",
  );
  await world.command(pm, "launch");
  loadTandems(c);
}

/** Reads the launched tandems and gives each its story (seeded). */
/** The stories a few tandems play; the others meet regularly. */
const STORIES: Persona[] = ["stalling", "asks_help", "rematch", "pause"];

function loadTandems(c: Cohort, withStories = true): void {
  const rows = c.world.db.select().from(tandems).all();
  const users = new Map(
    c.world.db
      .select()
      .from(participants)
      .all()
      .map((p) => [p.id, p.userId]),
  );
  const shuffled = c.rng.shuffle(rows.filter((r) => r.status === "active").map((r) => r.id));
  const special = new Map(
    (withStories ? shuffled.slice(0, STORIES.length) : []).map((id, i) => [id, STORIES[i] as Persona]),
  );
  for (const r of rows) {
    if (!r.channelId || c.tandems.has(r.channelId)) continue;
    c.tandems.set(r.channelId, {
      id: r.id,
      channel: r.channelId,
      mentor: users.get(r.mentorId) ?? "",
      mentee: users.get(r.menteeId) ?? "",
      persona: special.get(r.id) ?? "thriving",
    });
  }
}

async function rsvpAll(c: Cohort, pGoing: number): Promise<void> {
  const { world, rng } = c;
  for (const p of c.cast.everyone) {
    const invite = world.fake
      .dmsTo(p.id)
      .filter((m) => JSON.stringify(m.blocks ?? []).includes(ids.rhythm.rsvp))
      .at(-1);
    if (!invite || !rng.chance(0.85)) continue;
    const r = rng.chance(pGoing) ? "going" : "not_going";
    await world.clickInMessage(p.id, invite, { actionId: memberId(ids.rhythm.rsvp, r) });
  }
}

async function scheduleEvent(
  c: Cohort,
  answers: {
    kind: string;
    date: string;
    time: string;
    place: string;
    /** the manager's name and description in both languages */
    name?: { de: string; en: string };
    description?: { de: string; en: string };
    rounds?: number;
  },
): Promise<View> {
  const pm = c.cast.manager.id;
  const IN = ids.rhythm.eventInput;
  const modal = c.world.must((await c.world.command(pm, "event")).opened[0], "the event modal");
  const saved = await c.world.submit(pm, modal, {
    ...initialAnswers(modal),
    [IN.kind]: answers.kind,
    [IN.date]: answers.date,
    [IN.time]: answers.time,
    [IN.place]: answers.place,
    ...(answers.name ? { [IN.nameDe]: answers.name.de, [IN.nameEn]: answers.name.en } : {}),
    ...(answers.description
      ? { [IN.descriptionDe]: answers.description.de, [IN.descriptionEn]: answers.description.en }
      : {}),
    ...(answers.rounds && hasInput(modal, IN.rounds) ? { [IN.rounds]: answers.rounds } : {}),
  });
  return c.world.must(saved.next, "the saved event");
}

// ── The rhythm: six months of scheduler ticks with the scripted moments of some days ──────────────

type Moment = (c: Cohort) => Promise<void>;

const DAYS: Record<string, { title: string; run: Moment }> = {
  "2027-02-23": {
    title: "Kickoff: invitations and RSVPs",
    run: async (c) => {
      await scheduleEvent(c, {
        kind: "kickoff",
        date: "2027-03-02",
        time: "16:30",
        place: "Atrium, 1st floor & https://meet.example/kickoff",
        description: {
          de: "Hört vom Vorstand, was er sich vom Programm erhofft, lernt die anderen Tandems kennen und plant euren ersten Monat.",
          en: "Hear from the board, meet the other tandems and plan your first month.",
        },
      });
      c.world.setNow(at("2027-02-23", "14:00"));
      await rsvpAll(c, 0.85);
      c.world.note("The manager schedules the kickoff; everyone gets an invitation and most answer.");
    },
  },
  "2027-03-04": {
    title: "Tandems write their action plans",
    run: async (c) => {
      const list = [...c.tandems.values()].filter((t) => t.persona === "thriving").slice(0, 5);
      for (const t of list) await writePlan(c, t);
      c.world.note(`${list.length} tandems write an action plan from the button in their welcome message.`);
    },
  },
  "2027-04-13": {
    title: "A tandem asks for a rematch",
    run: async (c) => {
      const t = [...c.tandems.values()].find((x) => x.persona === "rematch");
      if (!t) return;
      const { world } = c;
      const modal = world.must(
        (await world.command(t.mentee, "rematch", t.channel)).opened[0],
        "the rematch modal",
      );
      await world.submit(t.mentee, modal, {
        ...initialAnswers(modal),
        [ids.rhythm.rematchReason]: german(personOf(c, t.mentee))
          ? "Unsere Themen passen leider nicht zusammen."
          : "Our topics just don't overlap.",
      });
      world.setNow(at("2027-04-13", "13:00"));
      const pm = c.cast.manager.id;
      const dm = world.must(
        world.fake
          .dmsTo(pm)
          .filter((m) => JSON.stringify(m.blocks ?? []).includes(ids.rhythm.rematchDecision))
          .at(-1),
        "the rematch request",
      );
      await world.clickInMessage(pm, dm, { actionId: memberId(ids.rhythm.rematchDecision, "approve") });
      await world.settle(60_000);
      loadTandems(c, false);
      world.note(
        `${personOf(c, t.mentee).fullName} asks for a new partner; the manager approves and both are matched anew.`,
      );
    },
  },
  "2027-04-26": {
    title: "World Café: tables and RSVPs",
    run: async (c) => {
      await scheduleEvent(c, {
        kind: "world_cafe",
        date: "2027-05-19",
        time: "15:00",
        place: "Cafeteria",
        name: { de: "World Café: KI im Alltag", en: "World Café: AI at work" },
        description: {
          de: "Drei Runden, an jedem Tisch neue Gesichter: Was hat sich in eurem Arbeitsalltag durch KI verändert?",
          en: "Three rounds, new faces at every table: how has AI changed your working day?",
        },
        rounds: 3,
      });
      c.world.setNow(at("2027-04-26", "15:00"));
      await rsvpAll(c, 0.75);
      c.world.note(
        "The manager plans a World Café with three rounds; RSVPs come in. The tables are planned from the yes answers after the deadline and sent then.",
      );
    },
  },
  "2027-05-05": {
    title: "A tandem pauses",
    run: async (c) => {
      const t = [...c.tandems.values()].find((x) => x.persona === "pause");
      if (!t) return;
      const modal = c.world.must(
        (await c.world.command(t.mentor, "pause", t.channel)).opened[0],
        "the pause modal",
      );
      await c.world.submit(t.mentor, modal, { [ids.rhythm.pauseUntil]: "2027-06-07" });
      c.world.note(`${personOf(c, t.mentor).fullName} pauses their tandem until 7 June (parental leave).`);
    },
  },
  "2027-05-17": {
    title: "World Café: the tables, and an answer that changes",
    run: async (c) => {
      // The tables went out this morning, from the yes answers; now one seated person cancels.
      const seated = c.cast.everyone.findLast((p) =>
        c.world.fake.dmsTo(p.id).some((m) => /Your tables at|Deine Tische bei/.test(String(m.text ?? ""))),
      );
      const invite = seated
        ? c.world.fake
            .dmsTo(seated.id)
            .filter((m) => /World Café/.test(JSON.stringify(m.blocks ?? [])))
            .find((m) => JSON.stringify(m.blocks ?? []).includes(ids.rhythm.rsvp))
        : undefined;
      if (!seated || !invite) return;
      await c.world.clickInMessage(seated.id, invite, { actionId: memberId(ids.rhythm.rsvp, "not_going") });
      c.world.note(
        `Everyone who said yes got their tables this morning. ${seated.fullName} cancels; at the next tick the tables are planned again without them, and only those who change table are told.`,
      );
    },
  },
  "2027-06-16": {
    title: "The manager looks at the schedule",
    run: async (c) => {
      await c.world.command(c.cast.manager.id, "schedule");
      await c.world.openHome(c.cast.manager.id);
      c.world.note("/mentoring schedule lists upcoming check-ins, nudges, circle prompts and reminders.");
    },
  },
  "2027-07-19": {
    title: "Closing event",
    run: async (c) => {
      await scheduleEvent(c, {
        kind: "closing",
        date: "2027-08-26",
        time: "17:00",
        place: "Roof terrace",
        description: {
          de: "Geschichten aus den Tandems, ein Dankeschön und ein Blick nach vorn.",
          en: "Stories, thanks and what comes next.",
        },
      });
      c.world.setNow(at("2027-07-19", "16:00"));
      await rsvpAll(c, 0.9);
      c.world.note("The closing event is announced; almost everyone is going.");
    },
  },
  "2027-08-16": {
    title: "The manager prepares the closing: showcase channel and archiving",
    run: async (c) => {
      const pm = c.cast.manager.id;
      const modal = c.world.must((await c.world.command(pm, "closing")).opened[0], "the closing settings");
      await c.world.submit(pm, modal, {
        ...initialAnswers(modal),
        [ids.close.settingsInput.showcase]: NEWS,
        [ids.close.settingsInput.archive]: "14",
      });
      c.world.note(
        "With /mentoring closing the manager picks #all-hands for the showcase of first successes; tandem channels are archived 14 days after the end.",
      );
    },
  },
  "2027-08-20": {
    title: "Tandems note their first successes",
    run: async (c) => {
      const written = await writeSuccesses(c);
      c.world.note(
        `A week before the closing event every tandem is asked for its first successes; ${written.shared} tandems write one and both members agree to share it, ${written.private} keeps it to itself.`,
      );
    },
  },
  "2027-08-26": {
    title: "The closing event: the showcase",
    run: async (c) => {
      await c.world.command(c.cast.manager.id, "event list");
      await c.world.tick(at("2027-08-26", "15:05"));
      c.world.note("As the closing event starts, the shared first successes are posted to #all-hands.");
    },
  },
  "2027-08-31": {
    title: "The end date: thank-you, tandems end, the program closes",
    run: async (c) => {
      c.world.note(
        "Each tandem channel gets a thank-you, tandems end and the program closes; everyone gets the final evaluation by DM.",
      );
    },
  },
};

const SUCCESSES = {
  en: [
    "Our weekly team update is now a 5-minute Loom instead of a 45-minute meeting.",
    "The board deck was drafted with an AI assistant and a prompt guide we wrote together.",
    "The sales dashboard is now opened every Monday, by the executive, without help.",
    "Our department has its first internal Slack channel for customer feedback.",
  ],
  de: [
    "Unser wöchentliches Team-Update ist jetzt ein 5-Minuten-Video statt einer Besprechung.",
    "Die Vorstandsvorlage entstand mit einem KI-Assistenten und unserem Prompt-Leitfaden.",
    "Das Vertriebs-Dashboard wird jetzt jeden Montag selbst geöffnet, ohne Hilfe.",
    "Die Abteilung hat ihren ersten internen Kanal für Kundenfeedback.",
  ],
};

/** Thriving tandems answer the success prompt: one member writes, both agree; one keeps it private. */
async function writeSuccesses(c: Cohort): Promise<{ shared: number; private: number }> {
  const { world, rng } = c;
  const thriving = [...c.tandems.values()].filter((t) => t.persona === "thriving").slice(0, 6);
  const promptIn = (channel: string) =>
    world
      .messagesIn(channel)
      .filter((m) => JSON.stringify(m.blocks ?? []).includes(ids.close.successEdit))
      .at(-1);
  let shared = 0;
  let kept = 0;
  for (const [i, t] of thriving.entries()) {
    const prompt = promptIn(t.channel);
    if (!prompt) continue;
    const writer = rng.chance(0.5) ? t.mentor : t.mentee;
    const opened = await world.clickInMessage(writer, prompt, { actionId: ids.close.successEdit });
    const modal = opened.opened[0];
    if (!modal) continue;
    const lang = german(personOf(c, writer)) ? "de" : "en";
    await world.submit(writer, modal, { [ids.close.successInput]: rng.pick(SUCCESSES[lang]) });
    const agreeing = i === thriving.length - 1 ? [writer] : [t.mentor, t.mentee];
    for (const who of agreeing) {
      const current = world.must(promptIn(t.channel), "the success prompt");
      await world.clickInMessage(who, current, { actionId: ids.close.successAgree });
    }
    if (agreeing.length === 2) shared++;
    else kept++;
  }
  return { shared, private: kept };
}

function personOf(c: Cohort, id: string): Person {
  return c.world.must(c.world.people.get(id), `person ${id}`);
}

async function writePlan(c: Cohort, t: DemoTandem): Promise<void> {
  const { world, rng } = c;
  const welcome = world
    .messagesIn(t.channel)
    .find((m) => JSON.stringify(m.blocks ?? []).includes(ids.rhythm.planOpen));
  if (!welcome) return;
  let modal = world.must(
    (await world.clickInMessage(t.mentor, welcome, { actionId: ids.rhythm.planOpen })).opened[0],
    "the plan modal",
  );
  const P = ids.rhythm.planInput;
  const n = rng.int(2, 3);
  // The plan starts with one goal; "Add a goal" adds each further row to the same modal.
  for (let i = 1; i < n; i++) {
    await world.clickInView(t.mentor, modal, { actionId: ids.rhythm.planAddGoal });
    modal = world.shownView(String(modal.id));
  }
  const de = german(personOf(c, t.mentee));
  const goals = de
    ? [
        "Meetings mit KI protokollieren",
        "Einen Prompt-Leitfaden fürs Team",
        "Das Vertriebs-Dashboard selbst lesen",
      ]
    : ["Take meeting notes with AI", "A prompt guide for the team", "Read the sales dashboard myself"];
  const topics = optionValues(modal, `${P.topic}1`);
  const answers: Record<string, Answer> = { ...initialAnswers(modal) };
  for (let i = 1; i <= n; i++) {
    answers[`${P.goal}${i}`] = goals[i - 1] ?? "";
    if (topics.length > 0) answers[`${P.topic}${i}`] = rng.pick(topics);
  }
  await world.submit(t.mentor, modal, answers);
}

const TOPICS_COVERED = {
  en: [
    "Copilot prompts",
    "LinkedIn basics",
    "Teams channels instead of e-mail",
    "Reading the KPI dashboard",
    "Phishing quiz",
  ],
  de: [
    "Copilot-Prompts",
    "LinkedIn-Grundlagen",
    "Teams-Kanäle statt E-Mail",
    "KPI-Dashboard lesen",
    "Phishing-Quiz",
  ],
};
const NEXT_STEPS = {
  en: ["Try it in the team meeting", "Post once a week", "Move one project to Teams", "Build a first chart"],
  de: [
    "Im Teammeeting ausprobieren",
    "Einmal pro Woche posten",
    "Ein Projekt in Teams verlegen",
    "Ein erstes Diagramm bauen",
  ],
};

/** Answers the check-ins posted today, each tandem the way its story goes. */
async function answerCheckins(c: Cohort, day: string): Promise<void> {
  const { world, rng } = c;
  const fresh = world.fake.messages.filter(
    (m) =>
      !c.handledCheckins.has(`${m.channel}:${m.ts}`) &&
      JSON.stringify(m.blocks ?? []).includes(ids.rhythm.checkinAnswer) &&
      c.tandems.has(m.channel),
  );
  if (fresh.length === 0) return;
  world.setNow(at(day, "11:30"));
  for (const message of fresh) {
    c.handledCheckins.add(`${message.channel}:${message.ts}`);
    const t = world.must(c.tandems.get(message.channel), "the tandem");
    const early = day < "2027-05-01";
    let answer: "yes" | "not_yet" | "help" | "none";
    switch (t.persona) {
      case "stalling":
        answer = early ? (rng.chance(0.5) ? "not_yet" : "none") : rng.chance(0.7) ? "yes" : "none";
        break;
      case "asks_help":
        answer = day < "2027-03-20" ? "not_yet" : day < "2027-04-01" ? "help" : early ? "none" : "yes";
        break;
      case "rematch":
        answer = "not_yet";
        break;
      default:
        answer = rng.chance(0.88) ? "yes" : rng.chance(0.5) ? "not_yet" : "none";
    }
    if (answer === "none") continue;
    const who = rng.chance(0.5) ? t.mentor : t.mentee;
    const current = world.must(
      world.fake.messages.find((m) => m.channel === message.channel && m.ts === message.ts),
      "the check-in",
    );
    const result = await world.clickInMessage(who, current, {
      actionId: memberId(ids.rhythm.checkinAnswer, answer),
    });
    if (answer === "help") {
      // "We need help" asks first, only the clicker, who should know: this one asks the program
      // managers privately, so the check-in and the partner show nothing of it.
      const choice = world.must(result.replies[0], "the choice who should know");
      await world.clickInReply(who, choice, { actionId: memberId(ids.rhythm.helpChoice, "private") });
    }
    const modal = result.opened[0];
    if (answer === "yes" && modal) {
      const lang = german(personOf(c, who)) ? "de" : "en";
      const goalStatus: Record<string, Answer> = {};
      for (const b of inputsOf(modal)) {
        const id = b.element?.action_id ?? "";
        if (id.startsWith(ids.rhythm.checkinGoalPrefix)) goalStatus[id] = rng.pick(optionValues(modal, id));
      }
      await world.submit(who, modal, {
        ...initialAnswers(modal),
        [ids.rhythm.checkinInput.metOn]: addDays(day, -rng.int(1, 6)),
        [ids.rhythm.checkinInput.topics]: rng.pick(TOPICS_COVERED[lang]),
        [ids.rhythm.checkinInput.usefulness]: String(rng.int(3, 5)),
        [ids.rhythm.checkinInput.nextStep]: rng.pick(NEXT_STEPS[lang]),
        ...goalStatus,
      });
    }
  }
}

const EVAL_TEXT = {
  helps: {
    en: [
      "A fixed slot every other week.",
      "Trying things live in the meeting.",
      "Honest questions both ways.",
    ],
    de: [
      "Ein fester Termin alle zwei Wochen.",
      "Dinge direkt im Termin ausprobieren.",
      "Ehrliche Fragen in beide Richtungen.",
    ],
  },
  change: {
    en: ["More time between meetings for practice.", "A shared notes page from the start.", ""],
    de: ["Mehr Zeit zum Üben zwischen den Terminen.", "Von Anfang an eine gemeinsame Notizseite.", ""],
  },
  learned: {
    en: [
      "How budget decisions are actually made.",
      "To explain without jargon.",
      "How the board thinks about risk.",
    ],
    de: [
      "Wie Budgetentscheidungen wirklich fallen.",
      "Ohne Fachjargon zu erklären.",
      "Wie der Vorstand über Risiken denkt.",
    ],
  },
};

/**
 * People answer their evaluation DMs: most on the day the wave opens, some after a reminder, a few
 * never. Executives rate the same topics again, a little higher at the end than at half-time.
 */
async function answerEvaluations(c: Cohort, day: string): Promise<void> {
  const { world, rng } = c;
  world.setNow(at(day, "12:00"));
  for (const p of c.cast.everyone) {
    const dm = world.fake
      .dmsTo(p.id)
      .filter((m) => JSON.stringify(m.blocks ?? []).includes(ids.steering.evalOpen))
      .at(-1);
    if (!dm || c.handledEvalDms.has(`${dm.channel}:${dm.ts}`)) continue;
    c.handledEvalDms.add(`${dm.channel}:${dm.ts}`);
    const wave = values.steering.evaluation.parse(
      findButton(dm.blocks, { actionId: ids.steering.evalOpen }).value,
    )?.w;
    const key = `${p.id}:${wave}`;
    const seen = (c.evalDmsSeen.get(key) ?? 0) + 1;
    c.evalDmsSeen.set(key, seen);
    if (!c.evalPatience.has(key)) c.evalPatience.set(key, rng.chance(0.7) ? 1 : rng.chance(0.6) ? 2 : 0);
    if (c.evalPatience.get(key) !== seen) continue;
    const opened = await world.clickInMessage(p.id, dm, { actionId: ids.steering.evalOpen });
    const modal = opened.opened[0];
    if (!modal) continue;
    const lang = german(p) ? "de" : "en";
    const tandem = [...c.tandems.values()].find((t) => t.mentor === p.id || t.mentee === p.id);
    const content = tandem?.persona !== "stalling" && tandem?.persona !== "rematch";
    const ratings: Record<string, Answer> = {};
    for (const b of inputsOf(modal)) {
      const id = b.element?.action_id ?? "";
      if (!id.startsWith(ids.steering.evalRatingPrefix)) continue;
      const base = rng.int(2, 3) + (wave === "final" ? rng.int(1, 2) : rng.int(0, 1));
      ratings[id] = String(Math.min(5, base));
    }
    const E = ids.steering.evalInput;
    await world.submit(p.id, modal, {
      ...initialAnswers(modal),
      [E.satisfaction]: String(content ? rng.int(4, 5) : rng.int(2, 3)),
      [E.meetings]: content ? rng.int(3, 6) : rng.int(0, 2),
      [E.helps]: rng.pick(EVAL_TEXT.helps[lang]),
      [E.change]: rng.pick(EVAL_TEXT.change[lang]) || null,
      ...(hasInput(modal, E.learned) ? { [E.learned]: rng.pick(EVAL_TEXT.learned[lang]) } : {}),
      [E.again]: content ? "yes" : rng.pick(["unsure", "no"]),
      [E.share]: rng.chance(0.75) ? ["share"] : [],
      ...ratings,
    });
  }
}

/** Program managers follow up on alerts from their DMs: claim the first alert of each tandem. */
async function followUpAlerts(c: Cohort, claimed: Set<string>): Promise<void> {
  const pm = c.cast.manager.id;
  const alerts = c.world.fake
    .dmsTo(pm)
    .filter(
      (m) =>
        !claimed.has(m.ts) &&
        JSON.stringify(m.blocks ?? []).includes(memberId(ids.rhythm.alertFollowUp, "claim")),
    );
  for (const alert of alerts) {
    claimed.add(alert.ts);
    await c.world.clickInMessage(pm, alert, { actionId: memberId(ids.rhythm.alertFollowUp, "claim") });
  }
}

async function rhythm(c: Cohort): Promise<void> {
  const { world } = c;
  world.chapter("Six months of rhythm: check-ins, nudges, alerts, circle prompts, events");
  const claimed = new Set<string>();
  let notes = { checkins: 0, nudges: 0, alerts: 0 };
  for (let day = "2027-02-23"; day <= "2027-09-15"; day = addDays(day, 1)) {
    const { sent } = await world.tick(at(day, "07:30"));
    notes = {
      checkins: notes.checkins + sent.filter((k) => k.startsWith("checkin:")).length,
      nudges: notes.nudges + sent.filter((k) => k.startsWith("nudge:")).length,
      alerts: notes.alerts + sent.filter((k) => k.startsWith("alert:")).length,
    };
    await answerCheckins(c, day);
    await answerEvaluations(c, day);
    world.setNow(at(day, "13:30"));
    await followUpAlerts(c, claimed);
    const moment = DAYS[day];
    if (moment) {
      world.setNow(at(day, "10:00"));
      world.chapter(moment.title);
      await moment.run(c);
    }
  }
  world.chapter("Six months in numbers");
  world.note(
    `Over six months the scheduler sent ${notes.checkins} check-ins, ${notes.nudges} nudges and ${notes.alerts} alerts; the final evaluation closed on 14 September and the tandem channels were archived.`,
  );
}

/** The manager's steering: the final report with its charts, the CSV export, and the next cohort. */
async function steering(c: Cohort): Promise<void> {
  const { world } = c;
  const pm = c.cast.manager.id;
  world.setNow(at("2027-09-15", "10:00"));
  world.chapter("Steering: the final report, the export and the next cohort");
  await world.command(pm, "report");
  await world.settle(60_000);
  world.note(
    "/mentoring report sends the manager the final report: response rates, satisfaction, what happened over the whole program (meetings, check-ins, alerts, pauses, rematches, plans, events), competency growth per topic (k ≥ 3), grouped free text and the shared first successes, then its two charts in one message.",
  );
  await world.command(pm, "export");
  await world.settle(60_000);
  world.note(
    "/mentoring export delivers an Excel workbook (a sheet per table and one of definitions) and the same tables as CSV files: participants, tandems, evaluation figures, events and the shared free text.",
  );
  const opened = await world.command(pm, "program new");
  const modal = world.must(opened.opened[0], "the next cohort's program modal");
  const saved = await world.submit(pm, modal, initialAnswers(modal));
  if (saved.json.response_action !== "update") throw new Error("demo: the next cohort was not saved");
  world.note(
    "/mentoring program new starts the next cohort from this one: topics, cadences, prompts and events carried over, new dates.",
  );
}

async function wrapUp(c: Cohort): Promise<void> {
  const { world } = c;
  world.setNow(at("2027-09-15", "12:00"));
  for (const p of [c.cast.manager, ...c.cast.everyone]) await world.openHome(p.id);
  world.note("Everyone opens the App Home one last time.");
}

/**
 * What came of it: the manager writes what changes for the next cohort from the final results DM,
 * and on the summary's day everyone who took part gets the cohort's figures in their language.
 */
async function outcome(c: Cohort): Promise<void> {
  const { world } = c;
  const pm = c.cast.manager.id;
  world.setNow(at("2027-09-15", "12:30"));
  world.chapter("What came of it: the participants' summary");
  const results = world.must(
    world.fake
      .dmsTo(pm)
      .filter((m) => JSON.stringify(m.blocks ?? []).includes(ids.notices.changesOpen))
      .at(-1),
    "the final results DM",
  );
  const opened = await world.clickInMessage(pm, results, { actionId: ids.notices.changesOpen });
  const modal = world.must(opened.opened[0], "the modal for what changes");
  await world.submit(pm, modal, {
    [ids.notices.changesInput.de]:
      "Die Auftaktveranstaltung findet vor Ort statt, und Check-ins kommen alle drei Wochen statt alle zwei.",
    [ids.notices.changesInput.en]:
      "The kickoff takes place in person, and check-ins come every three weeks instead of every two.",
  });
  // The final wave closed on 14 September; four days later is a Saturday, so Monday the 20th.
  await world.tick(at("2027-09-20", "07:30"));
  const got = c.cast.everyone.filter((p) =>
    world.fake.dmsTo(p.id).some((m) => /^(What came of|Das hat)/.test(String(m.text))),
  ).length;
  world.note(
    `On the first working day four days after the final wave closed, ${got} participants got a short summary in their language: figures over at least three people only, and what changes for the next cohort as the manager wrote it.`,
  );
}

/** The demo's phases in order. Add a phase here (e.g. evaluations, the final report). */
export const PHASES: Phase[] = [
  { name: "set-up", run: setUp },
  { name: "sign-up", run: signUp },
  { name: "matching and launch", run: matchAndLaunch },
  { name: "rhythm", run: rhythm },
  { name: "steering", run: steering },
  { name: "wrap-up", run: wrapUp },
  { name: "what came of it", run: outcome },
];

export function newCohort(world: World, seed: number, size: number, address: "du" | "sie" = "du"): Cohort {
  const rng = prng(seed);
  const cast = makeCast(rng, size);
  world.addPerson(cast.manager);
  for (const p of cast.everyone) world.addPerson(p);
  world.fake.addChannel({
    id: NEWS,
    name: "all-hands",
    isPrivate: false,
    members: new Set([world.fake.botUserId, cast.manager.id, ...cast.everyone.map((p) => p.id)]),
  });
  return {
    world,
    rng,
    cast,
    address,
    tandems: new Map(),
    handledCheckins: new Set(),
    handledEvalDms: new Set(),
    evalDmsSeen: new Map(),
    evalPatience: new Map(),
  };
}
