import type { KnownBlock } from "@slack/types";
import type { Translator } from "../../i18n";
import { context, divider, header, section } from "../blocks";

export function buildHelpBlocks(t: Translator, opts: { isManager: boolean; unknown?: string }): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (opts.unknown !== undefined) blocks.push(section(t("help.unknown", { command: opts.unknown })));
  blocks.push(
    header(t.plain("help.title")),
    section(t("help.intro")),
    section(`${t("help.participant")}\n${t("trust.help")}`),
    section(t("help.tandem")),
  );
  if (opts.isManager)
    blocks.push(
      divider(),
      section(`*${t("help.manager_title")}*\n${t("help.manager")}\n${t("trust.help_manager")}`),
    );
  if (opts.isManager) blocks.push(section(t("steering.help")));
  if (opts.isManager) blocks.push(section(t("close.help.manager")));
  blocks.push(context(t("help.home_hint")));
  return blocks;
}
