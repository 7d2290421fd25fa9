import type { Block, KnownBlock, ModalView } from "@slack/types";
import type { Translator } from "../i18n";

/** A private answer with blocks (e.g. a button to try again). */
export interface PrivateMessage {
  text: string;
  blocks: (KnownBlock | Block)[];
}

/**
 * The person a use case acts for, as the listener hands them over: who, in which language,
 * whether they run the program, and the two ways to answer them. Use cases see only this, never
 * Bolt's arguments, so the same use case serves a command, a button and a modal.
 */
export interface Actor {
  userId: string;
  t: Translator;
  isManager: boolean;
  /** An answer only this person sees (the response_url where there is one, else the app's DM). Never throws. */
  reply(text: string, blocks?: (KnownBlock | Block)[]): Promise<void>;
  /**
   * Opens a modal with the request's trigger, or says privately that it could not (`otherwise`, else
   * a generic apology); the view's id when it opened.
   */
  openModal(view: ModalView, otherwise?: string | PrivateMessage): Promise<string | undefined>;
  /**
   * Replaces the message the person clicked (its response_url), else answers in the app's DM like
   * reply. Only clicks have it; use cases fall back to reply (answerInPlace). Never throws.
   */
  replaceClicked?(text: string, blocks?: (KnownBlock | Block)[]): Promise<void>;
}

/** Replaces the clicked message where the actor has one, else answers privately. */
export function answerInPlace(actor: Actor, text: string, blocks?: (KnownBlock | Block)[]): Promise<void> {
  return actor.replaceClicked ? actor.replaceClicked(text, blocks) : actor.reply(text, blocks);
}

/**
 * The person who submitted a modal, as a use case sees them. Exactly one of refuse, accept, update
 * or push answers Slack, and it must come within 3 seconds: before any slow work.
 */
export interface Submitter {
  userId: string;
  t: Translator;
  isManager: boolean;
  /** keeps the modal open with a message beside each input (block id → text) */
  refuse(errors: Record<string, string>): Promise<void>;
  /** closes the modal */
  accept(): Promise<void>;
  /** replaces the modal with another view */
  update(view: ModalView): Promise<void>;
  /** stacks another view on the modal */
  push(view: ModalView): Promise<void>;
  /** a message only this person sees, in the app's DM (a submission has no response_url). Never throws. */
  reply(text: string, blocks?: (KnownBlock | Block)[]): Promise<void>;
}
