import type { Deps } from "../../deps";
import type { Registrar } from "../registrar";
import { appHomeOpened } from "./app-home-opened";

export function registerHome(r: Registrar, deps: Deps): void {
  r.event("app_home_opened", appHomeOpened(deps));
}
