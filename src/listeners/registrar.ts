import type {
  App,
  BlockAction,
  Middleware,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
import type { Subcommand, SubcommandTable } from "./commands/router";

/**
 * Registers listeners on the Bolt app and remembers the commands and events, so that a test can
 * compare them with manifest.json. Features register their /mentoring subcommands here too.
 */
export class Registrar {
  readonly commands: string[] = [];
  readonly events: string[] = [];
  readonly subcommands: SubcommandTable = {};
  constructor(readonly app: App) {}

  command(name: string, handler: Middleware<SlackCommandMiddlewareArgs>): void {
    this.commands.push(name);
    this.app.command(name, handler);
  }

  subcommand(name: string, sub: Subcommand): void {
    if (this.subcommands[name]) throw new Error(`Subcommand ${name} registered twice`);
    this.subcommands[name] = sub;
  }

  event<E extends string>(name: E, handler: Middleware<SlackEventMiddlewareArgs<E>>): void {
    this.events.push(name);
    this.app.event(name, handler);
  }

  action(actionId: string | RegExp, handler: Middleware<SlackActionMiddlewareArgs<BlockAction>>): void {
    this.app.action<BlockAction>(actionId, handler);
  }

  view(callbackId: string | RegExp, handler: Middleware<SlackViewMiddlewareArgs<ViewSubmitAction>>): void {
    this.app.view<ViewSubmitAction>(callbackId, handler);
  }
}
