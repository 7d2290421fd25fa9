import type { Deps } from "../../deps";
import type { Registrar } from "../registrar";
import { registerAlerts } from "./alerts";
import { registerCheckins } from "./checkins";
import { registerEvents } from "./events";
import { registerPause } from "./pause";
import { registerPlan } from "./plan";
import { registerPrompts } from "./prompts";
import { registerRematch } from "./rematch";
import { registerSchedule } from "./schedule";

export function registerRhythm(r: Registrar, deps: Deps): void {
  registerPlan(r, deps);
  registerEvents(r, deps);
  registerCheckins(r, deps);
  registerAlerts(r, deps);
  registerPause(r, deps);
  registerRematch(r, deps);
  registerSchedule(r, deps);
  registerPrompts(r, deps);
}
