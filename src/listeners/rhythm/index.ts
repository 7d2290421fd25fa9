import type { Deps } from "../../deps";
import type { Registrar } from "../registrar";

export function registerRhythm(_r: Registrar, _deps: Deps): void {
  // Listeners of this feature are registered here.
}
