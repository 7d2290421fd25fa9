/**
 * Fills `<%name%>` placeholders in every string of a JSON value. Escaped user text can never hold
 * one, because escaping turns "<" into "&lt;".
 */
export function fillPlaceholders<T>(value: T, vars: Record<string, string>): T {
  return fill(value, vars) as T;
}

function fill(value: unknown, vars: Record<string, string>): unknown {
  if (typeof value === "string") {
    return value.replace(/<%(\w+)%>/g, (whole, name: string) => vars[name] ?? whole);
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, vars));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars)]));
  }
  return value;
}

/** Only the top-level string values: enough to know an op's channel or user cheaply. */
export function fillTopLevel(
  args: Record<string, unknown>,
  vars: Record<string, string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(args)) out[k] = typeof v === "string" ? fillPlaceholders(v, vars) : v;
  return out;
}
