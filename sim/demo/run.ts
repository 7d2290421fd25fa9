import { type Cohort, newCohort, PHASES } from "./cohort";
import { World } from "./world";

export interface DemoOptions {
  seed: number;
  /** people besides the program manager */
  people: number;
  /** the program's form of address in German; default "du" */
  address?: "du" | "sie";
  /** called as each phase starts */
  onPhase?: (name: string) => void;
  /** called once the cohort is played, before the world stops (its database is still open) */
  onPlayed?: (world: World) => void;
}

/** Plays the whole cohort against the simulator; the world (with everything recorded) is returned stopped. */
export async function playCohort(opts: DemoOptions): Promise<Cohort> {
  const world = new World({ start: "2027-02-01T08:00:00.000Z" });
  const cohort = newCohort(world, opts.seed, opts.people, opts.address);
  await world.start();
  try {
    for (const phase of PHASES) {
      opts.onPhase?.(phase.name);
      await phase.run(cohort);
    }
    await world.settle();
    opts.onPlayed?.(world);
  } finally {
    await world.stop();
  }
  return cohort;
}
