import { currentProgram, setAnnouncementChannel } from "../../db/queries/programs";
import { translator } from "../../i18n";
import { platformErrorCode } from "../../slack/errors";
import { mentionChannel } from "../../slack/text";
import { buildAnnouncement } from "../../slack/views/setup";
import type { SubcommandContext } from "../commands/router";
import { parseChannelArg } from "./args";

const NOT_A_MEMBER = new Set(["not_in_channel", "channel_not_found"]);

/**
 * `/mentoring announce [#channel]` (manager-only through the router): posts the sign-up
 * announcement, in the program's language, where the manager says, or where they typed it.
 */
export async function announceCommand(ctx: SubcommandContext): Promise<void> {
  const { deps, t } = ctx;
  const reply = (text: string) => ctx.respond({ response_type: "ephemeral", text });
  const program = currentProgram(deps.db);
  if (!program) {
    await reply(t("setup.no_program"));
    return;
  }
  const parsed = ctx.rest === "" ? { id: ctx.channelId } : parseChannelArg(ctx.rest);
  if (!parsed) {
    await reply(t("setup.announce.bad_channel"));
    return;
  }
  // chat.postMessage takes a channel name too, and answers with the channel's id.
  const target = "id" in parsed ? parsed.id : `#${parsed.name}`;
  const message = buildAnnouncement(translator(program.language), program);
  let channelId: string;
  try {
    const res = await ctx.client.chat.postMessage({
      channel: target,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    channelId = res.channel ?? target;
  } catch (error) {
    const code = platformErrorCode(error);
    deps.logger.warn(`Announcement in ${target} failed: ${code ?? String(error)}`);
    if (code && NOT_A_MEMBER.has(code)) await reply(t("setup.announce.invite_first"));
    else await reply(t("setup.announce.failed", { error: code ?? "network" }));
    return;
  }
  setAnnouncementChannel(deps.db, program.id, channelId, deps.clock());
  // The only parameter is a channel mention built from a Slack id, so it is not escaped.
  const lines = [t.plain("setup.announce.done", { channel: mentionChannel(channelId) })];
  if (!program.signupOpen) lines.push(t("setup.announce.signup_closed_hint"));
  await reply(lines.join("\n"));
}
