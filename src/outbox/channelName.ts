/** Slack channel names: lowercase letters, digits, "-" and "_", at most 80 characters. */
export const MAX_CHANNEL_NAME = 80;

/** name, name-2, name-3 …: the base is cut so that the suffix always fits in 80 characters. */
export function withSuffix(base: string, n: number): string {
  if (n <= 1) return base.slice(0, MAX_CHANNEL_NAME);
  const suffix = `-${n}`;
  const cut = base.slice(0, MAX_CHANNEL_NAME - suffix.length).replace(/[-_]+$/, "");
  return `${cut}${suffix}`;
}
