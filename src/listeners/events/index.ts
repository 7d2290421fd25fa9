import type { Deps } from "../../deps";
import type { Registrar } from "../registrar";

export function registerEvents(_r: Registrar, _deps: Deps): void {
  // app_home_opened is registered by the App Home feature.
}
