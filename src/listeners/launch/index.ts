import type { Deps } from "../../deps";
import { ids } from "../../slack/ids";
import type { Registrar } from "../registrar";
import { retryLaunch } from "./retry";
import { launchStatusCommand } from "./status";

export function registerLaunch(r: Registrar, deps: Deps): void {
  r.subcommand("launch", launchStatusCommand);
  r.action(ids.launch.retry, retryLaunch(deps));
}
