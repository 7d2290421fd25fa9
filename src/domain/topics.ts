/**
 * The default topic catalog: the five DigComp 2.2 areas plus topics typical of reverse mentoring
 * programs. Programs pick from it and may add their own (keys "custom:<slug>"); labels live in the
 * i18n catalog "topics" under "topic.<key>".
 */
export const DIGCOMP_AREAS = [
  "information",
  "communication",
  "content",
  "safety",
  "problem_solving",
] as const;
export type DigCompArea = (typeof DIGCOMP_AREAS)[number];

export interface TopicDef {
  key: string;
  area: DigCompArea;
  /** part of a new program's preselection */
  default: boolean;
}

export const TOPIC_CATALOG: readonly TopicDef[] = [
  { key: "social_media", area: "communication", default: true },
  { key: "collaboration_tools", area: "communication", default: true },
  { key: "enterprise_social", area: "communication", default: false },
  { key: "ai_tools", area: "problem_solving", default: true },
  { key: "remote_work", area: "communication", default: true },
  { key: "digital_leadership", area: "communication", default: true },
  { key: "information_literacy", area: "information", default: false },
  { key: "data_analytics", area: "information", default: true },
  { key: "content_creation", area: "content", default: false },
  { key: "security_privacy", area: "safety", default: true },
  { key: "digital_wellbeing", area: "safety", default: false },
  { key: "new_work_methods", area: "problem_solving", default: false },
];

export const MAX_TOPICS = 10;

export function isCatalogTopic(key: string): boolean {
  return TOPIC_CATALOG.some((t) => t.key === key);
}

export function defaultTopics(): string[] {
  return TOPIC_CATALOG.filter((t) => t.default).map((t) => t.key);
}

/** A stable key for a program manager's own topic, e.g. "Prompting 101" → "custom:prompting-101". */
export function customTopicKey(label: string): string {
  const slug = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `custom:${slug || "topic"}`;
}

/** Self-assessment and skill levels, 1–5, aligned with DigComp's proficiency groups. */
export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];
