import { checkpointAfterErasure } from "../db/client";
import { cachedUsers } from "../db/queries/launch";
import { isProgramManager } from "../db/queries/managers";
import { listParticipants } from "../db/queries/participants";
import { getProgram } from "../db/queries/programs";
import {
  closedProgramsWithData,
  consentRequestKey,
  inOtherProgram,
  markProgramErased,
  outdatedConsents,
} from "../db/queries/trust";
import { atomically } from "../db/tx";
import type { Deps } from "../deps";
import { CONSENT_VERSION, retentionStep } from "../domain/consent";
import { langFromLocale, translator } from "../i18n";
import { enqueue } from "../outbox/enqueue";
import type { OpSpec } from "../outbox/types";
import { buildConsentRequest, buildRetentionDone, buildRetentionNotice } from "../slack/views/trust";
import { auditIn, SYSTEM_ACTOR } from "./audit";
import { eraseProgramPerson } from "./erasure";
import { managerDmOps } from "./tandems";

export interface RetentionResult {
  /** programs whose managers were told of the coming deletion in this run */
  noticed: number[];
  /** programs whose personal data was deleted in this run */
  erased: number[];
}

/**
 * Closed programs keep personal data for their retention period (retention_months after the end
 * date, default 12). Fourteen days before, program managers are told once (keyed per program and
 * manager); on the day, every participant's data of that program is erased (everywhere, unless they
 * take part in another program or run programs), and the managers are told.
 */
export function runRetention(deps: Deps, now: Date): RetentionResult {
  const result: RetentionResult = { noticed: [], erased: [] };
  const today = now.toISOString().slice(0, 10);
  for (const program of closedProgramsWithData(deps.db)) {
    const { step, eraseOn } = retentionStep(program, today);
    if (step === "notice") {
      const ops = managerDmOps(deps, program, `retention:notice:p${program.id}`, (t) =>
        buildRetentionNotice(t, { program: program.name, eraseOn, months: program.retentionMonths }),
      );
      const added = atomically(deps.db, () => {
        const n = enqueue(deps.db, "trust:retention", ops);
        if (n > 0)
          auditIn(deps, deps.db, {
            actor: SYSTEM_ACTOR,
            action: "retention.notice",
            programId: program.id,
            details: { eraseOn },
          });
        return n;
      });
      if (added > 0) result.noticed.push(program.id);
    } else if (step === "erase") {
      atomically(deps.db, () => {
        const people = listParticipants(deps.db, program.id);
        for (const p of people) {
          const everywhere =
            !inOtherProgram(deps.db, p.userId, program.id) &&
            !isProgramManager(deps.db, deps.config, p.userId);
          eraseProgramPerson(deps, p.userId, program.id, everywhere);
        }
        markProgramErased(deps.db, program.id, now);
        const done = managerDmOps(deps, program, `retention:done:p${program.id}`, (t) =>
          buildRetentionDone(t, { program: program.name, people: people.length }),
        );
        enqueue(deps.db, "trust:retention", done);
        auditIn(deps, deps.db, {
          actor: SYSTEM_ACTOR,
          action: "retention.erased",
          programId: program.id,
          details: { people: people.length },
        });
      });
      checkpointAfterErasure(deps.db);
      result.erased.push(program.id);
    }
  }
  if (result.noticed.length + result.erased.length > 0) deps.wakeOutbox();
  return result;
}

/**
 * When the consent text changed (CONSENT_VERSION), everyone who agreed to an older one gets a DM
 * asking again, once per version; until they agree they are left out of matching.
 */
export function askForConsentAgain(deps: Deps, current: number = CONSENT_VERSION): number {
  const people = outdatedConsents(deps.db, current);
  if (people.length === 0) return 0;
  const users = cachedUsers(
    deps.db,
    people.map((p) => p.userId),
  );
  const programs = new Map(people.map((p) => [p.programId, getProgram(deps.db, p.programId)]));
  const ops = people.map((p): OpSpec => {
    const program = programs.get(p.programId);
    const lang = langFromLocale(
      users.get(p.userId)?.locale,
      program?.language ?? deps.config.defaultLanguage,
    );
    const msg = buildConsentRequest(translator(lang, program?.address), {
      program: program?.name ?? "Tandem",
      version: current,
    });
    return {
      key: consentRequestKey(current, p.id),
      kind: "dm.post",
      args: { user: p.userId, text: msg.text, blocks: msg.blocks },
    };
  });
  const added = enqueue(deps.db, "trust:consent", ops);
  if (added > 0) deps.wakeOutbox();
  return added;
}
