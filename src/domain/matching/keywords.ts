/** A program topic as matching sees it. */
export interface TopicInfo {
  key: string;
  /** a custom topic's label (its words count as mentions in learning goals) */
  label?: string;
}

/**
 * Words that show an executive named a catalog topic in their learning goals (German and English).
 * Matched as whole words, case-insensitively; a custom topic is matched by the words of its label.
 */
export const TOPIC_KEYWORDS: Record<string, string[]> = {
  social_media: ["social media", "linkedin", "instagram", "tiktok", "twitter", "soziale medien"],
  collaboration_tools: [
    "collaboration",
    "kollaboration",
    "teams",
    "slack",
    "confluence",
    "miro",
    "zusammenarbeit",
  ],
  enterprise_social: ["enterprise social", "viva engage", "yammer", "intranet", "workplace"],
  ai_tools: [
    "ai",
    "ki",
    "chatgpt",
    "copilot",
    "llm",
    "künstliche intelligenz",
    "artificial intelligence",
    "prompt",
    "prompting",
  ],
  remote_work: ["remote", "hybrid", "homeoffice", "home office", "hybride"],
  digital_leadership: ["leadership", "führung", "digital leadership", "digitale führung"],
  information_literacy: ["information", "informationen", "research", "recherche", "fake news", "quellen"],
  data_analytics: ["data", "daten", "analytics", "dashboard", "dashboards", "excel", "power bi"],
  content_creation: ["content", "inhalte", "video", "videos", "podcast", "blog"],
  security_privacy: [
    "security",
    "sicherheit",
    "privacy",
    "datenschutz",
    "phishing",
    "passwords",
    "passwörter",
  ],
  digital_wellbeing: ["wellbeing", "well-being", "wohlbefinden", "erreichbarkeit", "notifications", "focus"],
  new_work_methods: ["agile", "agil", "scrum", "kanban", "new work", "okr", "okrs"],
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Words of a custom label that say something: at least four letters. */
function labelWords(label: string): string[] {
  return label
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4);
}

/** The topics whose keywords occur in the text as whole words. */
export function mentionedTopics(text: string, topics: TopicInfo[]): Set<string> {
  const found = new Set<string>();
  const lower = text.toLowerCase();
  if (lower.trim() === "") return found;
  for (const topic of topics) {
    const words = TOPIC_KEYWORDS[topic.key] ?? (topic.label ? labelWords(topic.label) : []);
    for (const word of words) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "u");
      if (re.test(lower)) {
        found.add(topic.key);
        break;
      }
    }
  }
  return found;
}
