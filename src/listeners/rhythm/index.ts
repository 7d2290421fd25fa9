import type { Deps } from "../../deps";
import type { Registrar } from "../registrar";
import { registerEvents } from "./events";
import { registerPlan } from "./plan";

export function registerRhythm(r: Registrar, deps: Deps): void {
  registerPlan(r, deps);
  registerEvents(r, deps);
}
