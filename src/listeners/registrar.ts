import type { App, Middleware, SlackCommandMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";

/**
 * Registers listeners on the Bolt app and remembers the commands and events, so that a test can
 * compare them with manifest.json. Actions and views go straight to app.action / app.view.
 */
export class Registrar {
  readonly commands: string[] = [];
  readonly events: string[] = [];
  constructor(readonly app: App) {}

  command(name: string, handler: Middleware<SlackCommandMiddlewareArgs>): void {
    this.commands.push(name);
    this.app.command(name, handler);
  }

  event<E extends string>(name: E, handler: Middleware<SlackEventMiddlewareArgs<E>>): void {
    this.events.push(name);
    this.app.event(name, handler);
  }
}
