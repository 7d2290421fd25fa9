import { findParticipant, ratingsFor } from "../../db/queries/participants";
import { currentProgram } from "../../db/queries/programs";
import { buildProfileBlocks } from "../../slack/views/signupMessages";
import type { SubcommandContext } from "../commands/router";

/** `/mentoring profile`: one's own answers and status, privately, with Edit and Withdraw. */
export async function profileCommand(ctx: SubcommandContext): Promise<void> {
  const { deps, t, respond } = ctx;
  const program = currentProgram(deps.db);
  if (!program) {
    await respond({ response_type: "ephemeral", text: t("common.error.no_program") });
    return;
  }
  const participant = findParticipant(deps.db, program.id, ctx.userId);
  if (!participant || participant.status === "withdrawn") {
    await respond({
      response_type: "ephemeral",
      text: t("signup.profile.not_signed_up", { program: program.name }),
    });
    return;
  }
  const ratings = ratingsFor(deps.db, [participant.id]).get(participant.id) ?? new Map<string, number>();
  await respond({
    response_type: "ephemeral",
    text: t("signup.profile.title"),
    blocks: buildProfileBlocks(t, program, participant, ratings),
  });
}
