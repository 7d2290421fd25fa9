import { isMessageKey, type Translator } from "../../i18n";

type Row = Record<string, unknown>;

function value(v: unknown): string {
  if (v === null || v === undefined) return "–";
  if (typeof v === "string") return v.replace(/\s*\n\s*/g, " / ");
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") return String(v);
  return JSON.stringify(v);
}

/**
 * The readable half of `/mentoring my-data`: every table's rows about the person, under a heading in
 * their language (tables without a heading of their own show their name, so nothing is left out).
 * Plain text in a file: nothing here is rendered by Slack, so nothing needs escaping.
 */
export function myDataSummaryText(
  t: Translator,
  d: { userId: string; generatedAt: string; tables: Record<string, Row[]> },
): string {
  const lines = [
    `# ${t.plain("trust.mydata.title", { user: d.userId })}`,
    "",
    t.plain("trust.mydata.generated", { date: d.generatedAt.slice(0, 16).replace("T", " ") }),
    "",
    t.plain("trust.mydata.intro"),
  ];
  for (const [table, rows] of Object.entries(d.tables)) {
    const key = `trust.mydata.table.${table}`;
    lines.push("", `## ${isMessageKey(key) ? t.plain(key) : table}`, "");
    if (rows.length === 0) {
      lines.push(t.plain("trust.mydata.nothing"));
      continue;
    }
    rows.forEach((row, i) => {
      if (i > 0) lines.push("");
      for (const [k, v] of Object.entries(row)) lines.push(`- ${k}: ${value(v)}`);
    });
  }
  return `${lines.join("\n")}\n`;
}
