import type { ViewStateValue } from "@slack/bolt";

/** A submitted view's state: block_id → action_id → value. */
export type StateValues = Record<string, Record<string, ViewStateValue>>;

/** The value of an input whose block_id equals its action_id. */
export function stateOf(state: StateValues, id: string): ViewStateValue | undefined {
  return state[id]?.[id];
}
