import type { Deps } from "../../deps";
import {
  channelArchived,
  memberLeftChannel,
  stopWorkers,
  userDeactivated,
} from "../../services/slackLifecycle";
import type { Registrar } from "../registrar";

/**
 * Slack's lifecycle events. Tandem channels are private, so an archive arrives as group_archive
 * (groups:read), a member leaving as member_left_channel (groups:read); user_change needs users:read.
 */
export function registerLifecycle(r: Registrar, deps: Deps): void {
  r.event("user_change", async ({ event }) => {
    if (event.user.deleted) userDeactivated(deps, event.user.id);
  });
  r.event("member_left_channel", async ({ event, body }) => {
    memberLeftChannel(deps, { channelId: event.channel, userId: event.user, occasion: body.event_id });
  });
  r.event("group_archive", async ({ event, body }) => {
    channelArchived(deps, { channelId: event.channel, userId: event.user, occasion: body.event_id });
  });
  r.event("app_uninstalled", async () => stopWorkers(deps, "app_uninstalled"));
  r.event("tokens_revoked", async () => stopWorkers(deps, "tokens_revoked"));
}
