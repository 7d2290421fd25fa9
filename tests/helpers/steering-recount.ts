import type { Db } from "../../src/db/client";

/*
 * Issue 19: the report's figures recounted plainly, in SQL over the raw rows, without the app's
 * queries (tests/unit/steering-recount, tests/demo).
 */

/** The plain recount: SQL over the raw rows, written without the app's queries. */
export function recount(db: Db, programId: number) {
  const c = db.$client;
  const one = (sql: string, ...args: unknown[]) =>
    (c
      .prepare(sql)
      .pluck()
      .get(...args) as number) ?? 0;
  const launched = `SELECT * FROM tandems WHERE program_id = ${programId} AND launched_at IS NOT NULL AND status IN ('active','paused','ended')`;
  const members = `SELECT mentor_id AS pid, id AS tid FROM (${launched}) UNION ALL SELECT mentee_id, id FROM (${launched})`;
  const answersIn = `SELECT a.*, c.tandem_id FROM checkin_answers a JOIN checkins c ON c.id = a.checkin_id WHERE c.tandem_id IN (SELECT id FROM (${launched}))`;
  return {
    people: one(`SELECT COUNT(DISTINCT pid) FROM (${members})`),
    tandems: one(`SELECT COUNT(*) FROM (${launched})`),
    rematches: one(`SELECT COUNT(*) FROM (${launched}) WHERE replaces_tandem_id IS NOT NULL`),
    peopleInSeveralTandems: one(
      `SELECT COUNT(*) FROM (SELECT pid FROM (${members}) GROUP BY pid HAVING COUNT(*) > 1)`,
    ),
    checkins: one(`SELECT COUNT(*) FROM checkins WHERE tandem_id IN (SELECT id FROM (${launched}))`),
    checkinAnswers: one(`SELECT COUNT(*) FROM (${answersIn})`),
    checkinsAnswered: one(`SELECT COUNT(DISTINCT checkin_id) FROM (${answersIn})`),
    peopleWhoAnsweredCheckin: one(
      `SELECT COUNT(DISTINCT p.id) FROM (${answersIn}) a JOIN participants p ON p.user_id = a.user_id AND p.program_id = ${programId}`,
    ),
    meetings: one(
      `SELECT COUNT(*) FROM (SELECT DISTINCT tandem_id, met_on FROM (${answersIn}) WHERE answer = 'yes' AND met_on IS NOT NULL)`,
    ),
    tandemsThatMet: one(
      `SELECT COUNT(DISTINCT tandem_id) FROM (${answersIn}) WHERE answer = 'yes' AND met_on IS NOT NULL`,
    ),
    stallAlerts: one(
      `SELECT COUNT(*) FROM tandem_alerts WHERE reason = 'stall' AND tandem_id IN (SELECT id FROM (${launched}))`,
    ),
    stallAlertsResolved: one(
      `SELECT COUNT(*) FROM tandem_alerts WHERE reason = 'stall' AND resolved_at IS NOT NULL AND tandem_id IN (SELECT id FROM (${launched}))`,
    ),
    tandemsWithStallAlert: one(
      `SELECT COUNT(DISTINCT tandem_id) FROM tandem_alerts WHERE reason = 'stall' AND tandem_id IN (SELECT id FROM (${launched}))`,
    ),
    helpRequestsResolved: one(
      `SELECT COUNT(*) FROM tandem_alerts WHERE reason = 'help' AND resolved_at IS NOT NULL AND tandem_id IN (SELECT id FROM (${launched}))`,
    ),
    helpRequests: one(
      `SELECT COUNT(*) FROM tandem_alerts WHERE reason = 'help' AND tandem_id IN (SELECT id FROM (${launched}))`,
    ),
    pauses: one(`SELECT COUNT(*) FROM tandem_pauses WHERE tandem_id IN (SELECT id FROM (${launched}))`),
    tandemsPaused: one(
      `SELECT COUNT(DISTINCT tandem_id) FROM tandem_pauses WHERE tandem_id IN (SELECT id FROM (${launched}))`,
    ),
    goalsSet: one(`SELECT COUNT(*) FROM plan_goals WHERE tandem_id IN (SELECT id FROM (${launched}))`),
    goalsDone: one(
      `SELECT COUNT(*) FROM plan_goals WHERE status = 'done' AND tandem_id IN (SELECT id FROM (${launched}))`,
    ),
    answered: (wave: string, role: string) =>
      one(
        `SELECT COUNT(*) FROM evaluations e JOIN participants p ON p.id = e.participant_id WHERE e.program_id = ? AND e.kind = ? AND p.role = ?`,
        programId,
        wave,
        role,
      ),
    satisfaction: (wave: string, role: string, level: number) =>
      one(
        `SELECT COUNT(*) FROM evaluations e JOIN participants p ON p.id = e.participant_id WHERE e.program_id = ? AND e.kind = ? AND p.role = ? AND json_extract(e.answers, '$.satisfaction') = ?`,
        programId,
        wave,
        role,
        level,
      ),
    invitedOrAnswered: (wave: string, role: string) =>
      one(
        `SELECT COUNT(DISTINCT p.id) FROM participants p WHERE p.program_id = ? AND p.role = ? AND (
           p.id IN (SELECT participant_id FROM evaluations WHERE kind = ?) OR
           'eval:p' || p.program_id || ':' || ? || ':' || p.user_id IN (SELECT key FROM scheduled_sends))`,
        programId,
        role,
        wave,
        wave,
      ),
    event: (id: number) => ({
      invited: one(`SELECT COUNT(*) FROM slack_ops WHERE key LIKE 'event:${id}:announce:%'`),
      going: one(`SELECT COUNT(*) FROM event_rsvps WHERE event_id = ? AND response = 'going'`, id),
      notGoing: one(`SELECT COUNT(*) FROM event_rsvps WHERE event_id = ? AND response = 'not_going'`, id),
    }),
  };
}
