import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  Middleware,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from "@slack/bolt";
import type { Deps } from "../deps";
import { auditEntryPoint } from "../services/audit";
import { parseMemberId } from "../slack/ids";
import type { AfterAck } from "./afterAck";
import type { Subcommand, SubcommandTable } from "./commands/router";
import { eventDeduper } from "./dedupe";
import { apologizingFor, type Click, clickOf, type Submission, submissionOf } from "./interaction";

type ActionHandler = Middleware<SlackActionMiddlewareArgs<BlockAction>>;
type ViewHandler = Middleware<SlackViewMiddlewareArgs<ViewSubmitAction>>;
type EventHandler = Middleware<SlackEventMiddlewareArgs>;

export interface ClickOptions {
  /** refused with a private answer, and logged, unless the clicker is a program manager */
  managerOnly?: boolean;
  /** the id is a family: every memberId(family, …) comes here */
  family?: boolean;
  /**
   * the click opens a modal on its 3-second trigger: the clicker's language is waited for only
   * briefly (a rush rate-limits users.info, and a modal in the known language beats a missed trigger)
   */
  modalFirst?: boolean;
}

export interface SubmissionOptions {
  /** refused beside the first input (or acknowledged and answered privately) unless a program manager submits */
  managerOnly?: boolean;
}

/** A program manager's way in: every one is authorized on the server and leaves an audit entry. */
export interface ManagerEntryPoint {
  kind: "subcommand" | "click" | "submission";
  id: string;
  /** a click family: every memberId(id, …) is this entry point */
  family?: boolean;
}

/** Audit details of a click: which element, and its value (cut, it is only a trace). */
function clickDetails(click: Click): Record<string, unknown> {
  return { actionId: click.action.action_id, ...(click.value ? { value: click.value.slice(0, 300) } : {}) };
}

/**
 * Registers listeners on the Bolt app and remembers the commands and events, so that a test can
 * compare them with manifest.json. Features register their /mentoring subcommands here too.
 */
export class Registrar {
  readonly commands: string[] = [];
  readonly events: string[] = [];
  readonly subcommands: SubcommandTable = {};
  private readonly managerClicks: ManagerEntryPoint[] = [];
  private readonly actions = new Map<string, ActionHandler>();
  private readonly families = new Map<string, ActionHandler>();
  private readonly views = new Map<string, ViewHandler>();
  private readonly eventHandlers = new Map<string, EventHandler>();
  constructor(
    readonly app: App,
    private readonly deps: Deps,
    /** where a click's work after its acknowledgement runs */
    private readonly afterAck: AfterAck,
  ) {}

  /**
   * A click handler without the ceremony: acknowledged first, the clicker read once (language,
   * role, private answer, modal opener), program-manager-only clicks refused on the server.
   */
  click(actionId: string, handler: (click: Click) => Promise<void>, opts: ClickOptions = {}): void {
    const run: ActionHandler = async (args) => {
      await args.ack();
      const userId = args.body.user.id;
      const respond = args.body.response_url ? args.respond : undefined;
      this.afterAck(userId, () =>
        apologizingFor(this.deps, args.client, userId, respond, () =>
          this.handleClick(args, handler, actionId, opts),
        ),
      );
    };
    if (opts.managerOnly)
      this.managerClicks.push({ kind: "click", id: actionId, family: opts.family ?? false });
    if (opts.family) this.actionFamily(actionId, run);
    else this.action(actionId, run);
  }

  private async handleClick(
    args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs,
    handler: (click: Click) => Promise<void>,
    actionId: string,
    opts: ClickOptions,
  ): Promise<void> {
    const deps = this.deps;
    const click = await clickOf(deps, args, { modalFirst: opts.modalFirst ?? false });
    if (opts.managerOnly) {
      const action = `click:${actionId}`;
      auditEntryPoint(deps, {
        actor: click.userId,
        action: click.isManager ? action : `refused:${action}`,
        details: clickDetails(click),
      });
    }
    if (opts.managerOnly && !click.isManager) {
      deps.logger.warn(`Refused ${args.action.action_id} from ${click.userId}, who is not a program manager`);
      await click.reply(click.t("common.error.not_manager"));
      return;
    }
    await handler(click);
  }

  /**
   * A view submission handler: the submitter read once, manager-only views refused on the server
   * (a submission can be forged), and the modal closed if the handler did not answer.
   */
  submission(
    callbackId: string,
    handler: (submission: Submission) => Promise<void>,
    opts: SubmissionOptions = {},
  ): void {
    const deps = this.deps;
    if (opts.managerOnly) this.managerClicks.push({ kind: "submission", id: callbackId });
    this.view(callbackId, async (args) => {
      const submission = await submissionOf(deps, args);
      if (opts.managerOnly) {
        const action = `submission:${callbackId}`;
        auditEntryPoint(deps, {
          actor: submission.userId,
          action: submission.isManager ? action : `refused:${action}`,
          details: { callbackId },
        });
      }
      if (opts.managerOnly && !submission.isManager) {
        deps.logger.warn(
          `Refused the ${callbackId} view from ${submission.userId}, who is not a program manager`,
        );
        const refusal = submission.t.plain("common.error.not_manager");
        const input = args.view.blocks.find((b) => b.type === "input");
        if (input?.block_id) await submission.refuse({ [input.block_id]: refusal });
        else {
          await submission.accept();
          await submission.reply(refusal);
        }
        return;
      }
      try {
        await handler(submission);
      } catch (error) {
        await this.apologizeForSubmission(submission, args.view);
        throw error;
      }
      await submission.accept();
    });
  }

  /**
   * An unexpected error in a submission's handler: before its answer, the apology stands beside the
   * modal's first input (what was typed stays); after it, or in a modal without inputs, it comes by DM.
   */
  private async apologizeForSubmission(
    submission: Submission,
    view: ViewSubmitAction["view"],
  ): Promise<void> {
    try {
      const input = view.blocks.find((b) => b.type === "input");
      if (!submission.answered() && input?.block_id) {
        await submission.refuse({ [input.block_id]: submission.t.plain("common.error.generic") });
        return;
      }
      await submission.accept();
      await submission.reply(submission.t("common.error.generic"));
    } catch (failure) {
      this.deps.logger.warn(`Could not apologize to ${submission.userId}: ${String(failure)}`);
    }
  }

  /**
   * Every program-manager entry point registered so far: subcommands, clicks and submissions marked
   * managerOnly. The audit test walks this list, so entry points added later are covered.
   */
  managerEntryPoints(): ManagerEntryPoint[] {
    const subcommands = Object.entries(this.subcommands)
      .filter(([, sub]) => sub.managerOnly)
      .map(([id]): ManagerEntryPoint => ({ kind: "subcommand", id }));
    return [...subcommands, ...this.managerClicks];
  }

  command(name: string, handler: Middleware<SlackCommandMiddlewareArgs>): void {
    this.commands.push(name);
    this.app.command(name, handler);
  }

  subcommand(name: string, sub: Subcommand): void {
    if (this.subcommands[name]) throw new Error(`Subcommand ${name} registered twice`);
    this.subcommands[name] = sub;
  }

  event<E extends string>(name: E, handler: Middleware<SlackEventMiddlewareArgs<E>>): void {
    if (this.eventHandlers.has(name)) throw new Error(`Event ${name} registered twice`);
    this.events.push(name);
    this.eventHandlers.set(name, handler as unknown as EventHandler);
  }

  action(actionId: string, handler: ActionHandler): void {
    if (this.actions.has(actionId)) throw new Error(`Action ${actionId} registered twice`);
    this.actions.set(actionId, handler);
  }

  /** One handler for every member of a family of action ids (see memberId in slack/ids). */
  actionFamily(family: string, handler: ActionHandler): void {
    if (this.families.has(family)) throw new Error(`Action family ${family} registered twice`);
    this.families.set(family, handler);
  }

  view(callbackId: string, handler: ViewHandler): void {
    if (this.views.has(callbackId)) throw new Error(`View ${callbackId} registered twice`);
    this.views.set(callbackId, handler);
  }

  /**
   * Gives Bolt one listener for all actions, one for all view submissions and one for all events,
   * dispatching by id or type. Bolt runs every registered listener's middleware for every request;
   * with one route table per kind the cost of a request no longer grows with the number of
   * buttons and events the app has. Clicks nobody handles (link buttons, stale messages) are
   * acknowledged so Slack shows no error. Each event_id is handled once (listeners/dedupe.ts).
   */
  install(): void {
    const firstDelivery = eventDeduper(this.deps);
    this.app.event(/.*/, async (args) => {
      const handler = this.eventHandlers.get(args.event.type);
      if (handler && firstDelivery(args.body)) await handler(args);
    });
    this.app.action<BlockAction>(/.*/, async (args) => {
      const handler = this.actionHandler(args.action.action_id);
      if (handler) await handler(args);
      else await args.ack();
    });
    this.app.view<ViewSubmitAction>(/.*/, async (args) => {
      const handler = this.views.get(args.view.callback_id);
      if (handler) await handler(args);
      else await args.ack();
    });
  }

  private actionHandler(actionId: string): ActionHandler | undefined {
    const exact = this.actions.get(actionId);
    if (exact) return exact;
    const member = parseMemberId(actionId);
    return member ? this.families.get(member.family) : undefined;
  }
}
