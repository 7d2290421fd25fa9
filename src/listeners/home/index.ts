import type { Deps } from "../../deps";
import type { Registrar } from "../registrar";

export function registerHome(_r: Registrar, _deps: Deps): void {
  // Listeners of this feature are registered here.
}
