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
