import type { Deps } from "../../deps";
import type { Registrar } from "../registrar";
import { mentoringCommand, type SubcommandTable } from "./router";

export function registerCommands(r: Registrar, deps: Deps): void {
  // Each feature adds its subcommands here.
  const table: SubcommandTable = {};
  r.command("/mentoring", mentoringCommand(deps, table));
}
