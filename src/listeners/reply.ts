import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Block, KnownBlock } from "@slack/types";
import type { Deps } from "../deps";
import { privateReply } from "./interaction";

/** What privateAnswer sends: replace swaps the clicked message when there is one to swap. */
export interface PrivateAnswer {
  text: string;
  blocks?: (KnownBlock | Block)[];
  replace?: boolean;
}

/**
 * Answers only the clicker, for listeners not yet moved onto `r.click` (whose Click has reply and
 * replaceClicked): the same privateReply, taking Bolt's arguments.
 */
export function privateAnswer(
  deps: Deps,
  {
    body,
    client,
    respond,
  }: Pick<SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs, "body" | "client" | "respond">,
): (answer: PrivateAnswer) => Promise<void> {
  const respondHere = body.response_url ? respond : undefined;
  return ({ text, blocks, replace = false }) =>
    privateReply(deps, client, body.user.id, respondHere, replace)(text, blocks);
}
