/**
 * Runs the work that follows an acknowledgement with bounded concurrency. In a burst (everyone
 * clicks the announcement's Join at once) every request is acknowledged at once, and the follow-up
 * work (profile look-up, database, opening the modal) is worked through a few at a time instead of
 * all at once, so it does not crowd out the acknowledgements of requests still arriving.
 */
export type AfterAck = <T>(work: () => Promise<T>) => Promise<T>;

export function createAfterAck(concurrency: number): AfterAck {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await work();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}
