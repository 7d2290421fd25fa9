import type { FakeFile, FakeMessage } from "../fake-slack";
import type { Answer } from "../slack-requests";
import type { Cohort, Persona } from "./cohort";
import type { Click, Ephemeral, ModalRecord, Submission, View } from "./world";

/**
 * The demo's transcript: one static HTML page that looks like Slack. Every channel and direct
 * message as its members saw it (Block Kit rendered, buttons marked with who clicked them, private
 * replies marked as such), each person's App Home and the modals they opened and submitted, and
 * files (charts) embedded as data: URLs. Everything is rendered here, escaped; the page's only
 * script switches between pages by the URL's hash. No network, no clock: the same cohort gives the
 * same bytes.
 */

type Block = Record<string, unknown> & { type?: string };
type El = Record<string, unknown> & { type?: string };

const EMOJI: Record<string, string> = {
  white_check_mark: "✅",
  heavy_check_mark: "✔️",
  lock: "🔒",
  arrow_forward: "▶️",
  warning: "⚠️",
  wave: "👋",
  tada: "🎉",
  sos: "🆘",
  raising_hand: "🙋",
  no_entry: "⛔",
  hourglass_flowing_sand: "⏳",
  handshake: "🤝",
  double_vertical_bar: "⏸️",
  x: "❌",
  calendar: "📅",
  pushpin: "📌",
  bulb: "💡",
  coffee: "☕",
  rocket: "🚀",
  memo: "📝",
  bar_chart: "📊",
  chart_with_upwards_trend: "📈",
  speech_balloon: "💬",
  busts_in_silhouette: "👥",
  bell: "🔔",
};

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const emoji = (s: string) => s.replace(/:([a-z0-9_+-]+):/g, (m, name: string) => EMOJI[name] ?? m);

/** Slack writes &, < and > in message text as entities; the reader sees the characters. */
const slackUnescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

const DATE = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const when = (iso: string | undefined) => (iso ? DATE.format(new Date(iso)) : "");

export class Transcript {
  private readonly names = new Map<string, string>();
  private readonly channelNames = new Map<string, string>();
  private readonly files: Map<string, FakeFile>;
  private readonly clicksByMessage = new Map<string, Click[]>();
  private readonly clicksByView = new Map<string, Click[]>();
  private readonly pinned = new Set<string>();

  constructor(private readonly c: Cohort) {
    const { world } = c;
    for (const p of world.people.values()) this.names.set(p.id, p.fullName);
    this.names.set(world.fake.botUserId, "Tandem");
    for (const ch of world.fake.channels.values()) this.channelNames.set(ch.id, ch.name);
    this.files = world.fake.files;
    for (const click of world.clicks) {
      if (click.channel && click.ts) push(this.clicksByMessage, `${click.channel}:${click.ts}`, click);
      if (click.viewId) push(this.clicksByView, click.viewId, click);
    }
    for (const p of world.fake.pins) this.pinned.add(`${p.channel}:${p.ts}`);
  }

  name(id: string): string {
    return this.names.get(id) ?? id;
  }

  // ── mrkdwn ──────────────────────────────────────────────────────────────────────────────────────

  /** Slack mrkdwn, minimally: bold, italics, strike, code, links, @user and #channel mentions. */
  mrkdwn(text: string): string {
    // Mentions and links become tokens first (a private-use character around their index), so bold
    // or italics may span them.
    const entities: string[] = [];
    const tokenized = text.replace(/\uE000/g, "").replace(/<([^<>\s][^<>]*)>/g, (_m, inner: string) => {
      entities.push(this.entity(inner));
      return `\uE000${entities.length - 1}\uE000`;
    });
    let s = escapeHtml(emoji(slackUnescape(tokenized)));
    s = s.replace(/```([\s\S]+?)```/g, "<pre>$1</pre>");
    s = s.replace(/`([^`\n]+)`/g, "<code>$1</code>");
    const edge = "(^|[\\s(>\uE000])";
    const end = "(?=$|[\\s.,;:!?)<\uE000])";
    s = s.replace(new RegExp(`${edge}\\*([^*\\n]+)\\*${end}`, "g"), "$1<b>$2</b>");
    s = s.replace(new RegExp(`${edge}_([^_\\n]+)_${end}`, "g"), "$1<i>$2</i>");
    s = s.replace(new RegExp(`${edge}~([^~\\n]+)~${end}`, "g"), "$1<s>$2</s>");
    s = s.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => entities[Number(i)] ?? "");
    return s.replace(/\n/g, "<br>");
  }

  private entity(inner: string): string {
    const [target = "", label] = inner.split("|", 2);
    if (target.startsWith("@")) {
      const id = target.slice(1);
      return `<a class="mention" href="${this.personHref(id)}">@${escapeHtml(this.name(id))}</a>`;
    }
    if (target.startsWith("#")) {
      const id = target.slice(1);
      const name = this.channelNames.get(id) ?? label ?? id;
      return `<a class="mention" href="#/c/${escapeHtml(encodeURIComponent(name))}">#${escapeHtml(name)}</a>`;
    }
    if (target.startsWith("!")) {
      const what = target.slice(1).split("^")[0] ?? "";
      return `<span class="mention">@${escapeHtml(label ?? what)}</span>`;
    }
    if (/^(https?:|mailto:)/.test(target)) {
      return `<a href="${escapeHtml(slackUnescape(target))}" rel="noopener noreferrer" target="_blank">${escapeHtml(
        slackUnescape(label ?? target),
      )}</a>`;
    }
    return escapeHtml(`<${slackUnescape(inner)}>`);
  }

  personHref(id: string): string {
    return `#/p/${escapeHtml(encodeURIComponent(id))}`;
  }

  text(t: unknown): string {
    if (!t || typeof t !== "object") return typeof t === "string" ? escapeHtml(t) : "";
    const o = t as { type?: string; text?: string };
    if (o.type === "mrkdwn") return this.mrkdwn(o.text ?? "");
    return escapeHtml(emoji(o.text ?? "")).replace(/\n/g, "<br>");
  }

  // ── Block Kit ───────────────────────────────────────────────────────────────────────────────────

  blocks(blocks: unknown, clicks: Click[] = []): string {
    if (!Array.isArray(blocks)) return "";
    return blocks.map((b) => this.block(b as Block, clicks)).join("");
  }

  private block(b: Block, clicks: Click[]): string {
    switch (b.type) {
      case "header":
        return `<div class="bk-header">${this.text(b.text)}</div>`;
      case "divider":
        return `<hr class="bk-divider">`;
      case "section": {
        const fields = Array.isArray(b.fields)
          ? `<div class="bk-fields">${(b.fields as unknown[]).map((f) => `<div>${this.text(f)}</div>`).join("")}</div>`
          : "";
        const accessory = b.accessory
          ? `<div class="bk-accessory">${this.element(b.accessory as El, clicks)}</div>`
          : "";
        return `<div class="bk-section"><div class="bk-section-body">${b.text ? `<div>${this.text(b.text)}</div>` : ""}${fields}</div>${accessory}</div>`;
      }
      case "context":
        return `<div class="bk-context">${((b.elements ?? []) as El[])
          .map((e) => (e.type === "image" ? this.image(e, true) : `<span>${this.text(e)}</span>`))
          .join("")}</div>`;
      case "actions":
        return `<div class="bk-actions">${((b.elements ?? []) as El[]).map((e) => this.element(e, clicks)).join("")}</div>`;
      case "image":
        return `<figure class="bk-image">${b.title ? `<figcaption>${this.text(b.title)}</figcaption>` : ""}${this.image(b, false)}</figure>`;
      case "input":
        return `<div class="bk-input"><label>${this.text(b.label)}${b.optional ? ` <span class="muted">(optional)</span>` : ""}</label>${this.element(
          (b.element ?? {}) as El,
          clicks,
        )}${b.hint ? `<div class="muted small">${this.text(b.hint)}</div>` : ""}${
          typeof b._error === "string" ? `<div class="errors">⚠ ${escapeHtml(b._error)}</div>` : ""
        }</div>`;
      case "rich_text":
        return `<div class="bk-section">${this.richText(b.elements)}</div>`;
      default:
        return `<div class="muted small">[${escapeHtml(String(b.type ?? "block"))}]</div>`;
    }
  }

  private richText(node: unknown): string {
    if (Array.isArray(node)) return node.map((n) => this.richText(n)).join("");
    if (!node || typeof node !== "object") return "";
    const o = node as {
      type?: string;
      text?: string;
      user_id?: string;
      channel_id?: string;
      url?: string;
      elements?: unknown;
    };
    if (o.type === "text") return escapeHtml(o.text ?? "").replace(/\n/g, "<br>");
    if (o.type === "user") return `<span class="mention">@${escapeHtml(this.name(o.user_id ?? ""))}</span>`;
    if (o.type === "channel")
      return `<span class="mention">#${escapeHtml(this.channelNames.get(o.channel_id ?? "") ?? "")}</span>`;
    if (o.type === "link") return escapeHtml(o.text ?? o.url ?? "");
    if (o.type === "rich_text_list")
      return `<ul>${(Array.isArray(o.elements) ? o.elements : []).map((e) => `<li>${this.richText(e)}</li>`).join("")}</ul>`;
    return this.richText(o.elements);
  }

  private image(e: El, small: boolean): string {
    const alt = escapeHtml(String(e.alt_text ?? ""));
    const file = (e.slack_file as { id?: string } | undefined)?.id;
    const src = file ? this.dataUrl(this.files.get(file)) : undefined;
    if (!src) return `<span class="bk-img-missing" title="${alt}">🖼 ${alt}</span>`;
    return `<img class="${small ? "bk-img-small" : "bk-img"}" src="${src}" alt="${alt}">`;
  }

  dataUrl(file: FakeFile | undefined): string | undefined {
    if (!file?.content) return undefined;
    const name = file.filename.toLowerCase();
    const type = name.endsWith(".png")
      ? "image/png"
      : name.endsWith(".svg")
        ? "image/svg+xml"
        : name.endsWith(".jpg") || name.endsWith(".jpeg")
          ? "image/jpeg"
          : undefined;
    return type ? `data:${type};base64,${file.content.toString("base64")}` : undefined;
  }

  private clickedBy(el: El, clicks: Click[]): Click[] {
    return clicks.filter(
      (c) =>
        c.actionId === el.action_id &&
        (el.value === undefined || c.value === el.value || el.type === "overflow"),
    );
  }

  private element(e: El, clicks: Click[]): string {
    const by = this.clickedBy(e, clicks);
    const badge =
      by.length > 0
        ? `<span class="clicked" title="clicked">✓ ${by
            .map(
              (c) =>
                `${escapeHtml(this.name(c.user))}${e.type === "overflow" && c.label ? ` (${escapeHtml(c.label)})` : ""}`,
            )
            .filter((v, i, a) => a.indexOf(v) === i)
            .join(", ")}</span>`
        : "";
    switch (e.type) {
      case "button": {
        const style = e.style === "primary" ? " primary" : e.style === "danger" ? " danger" : "";
        const url = typeof e.url === "string" ? " ↗" : "";
        return `<span class="bk-button-wrap"><span class="bk-button${style}${by.length ? " was-clicked" : ""}">${this.text(e.text)}${url}</span>${badge}</span>`;
      }
      case "overflow":
        return `<span class="bk-button-wrap"><details class="bk-overflow"><summary>⋯</summary>${(
          (e.options ?? []) as El[]
        )
          .map((o) => `<div>${this.text(o.text)}</div>`)
          .join("")}</details>${badge}</span>`;
      case "image":
        return this.image(e, true);
      case "static_select":
      case "external_select":
      case "users_select":
      case "conversations_select":
      case "channels_select":
      case "multi_static_select":
      case "multi_users_select": {
        const chosen = this.initialOf(e);
        return `<span class="bk-select">${chosen || this.text(e.placeholder) || "Select…"} ▾</span>${badge}`;
      }
      case "radio_buttons":
      case "checkboxes": {
        const initial = new Set(
          [...((e.initial_options ?? []) as El[]), ...(e.initial_option ? [e.initial_option as El] : [])].map(
            (o) => String(o.value),
          ),
        );
        const mark = e.type === "radio_buttons" ? ["◉", "○"] : ["☑", "☐"];
        return `<div class="bk-choices">${((e.options ?? []) as El[])
          .map((o) => `<div>${initial.has(String(o.value)) ? mark[0] : mark[1]} ${this.text(o.text)}</div>`)
          .join("")}</div>`;
      }
      case "plain_text_input":
      case "email_text_input":
      case "url_text_input":
      case "number_input":
        return `<div class="bk-textbox${e.multiline ? " multi" : ""}">${
          e.initial_value
            ? escapeHtml(String(e.initial_value))
            : `<span class="muted">${this.text(e.placeholder)}</span>`
        }</div>`;
      case "datepicker":
        return `<span class="bk-select">📅 ${escapeHtml(String(e.initial_date ?? "Pick a date"))}</span>`;
      case "timepicker":
        return `<span class="bk-select">🕐 ${escapeHtml(String(e.initial_time ?? "Pick a time"))}</span>`;
      default:
        return `<span class="muted small">[${escapeHtml(String(e.type ?? "element"))}]</span>`;
    }
  }

  private initialOf(e: El): string {
    if (e.initial_option) return this.text((e.initial_option as El).text);
    if (Array.isArray(e.initial_options))
      return (e.initial_options as El[]).map((o) => this.text(o.text)).join(", ");
    if (typeof e.initial_user === "string") return `@${escapeHtml(this.name(e.initial_user))}`;
    if (Array.isArray(e.initial_users))
      return (e.initial_users as string[]).map((u) => `@${escapeHtml(this.name(u))}`).join(", ");
    return "";
  }

  // ── Messages, channels, people ──────────────────────────────────────────────────────────────────

  private messageHtml(m: FakeMessage): string {
    const key = `${m.channel}:${m.ts}`;
    const replaced = this.c.world.replaced.get(key);
    const content = replaced ?? { text: m.text, blocks: m.blocks };
    const clicks = this.clicksByMessage.get(key) ?? [];
    const body =
      Array.isArray(content.blocks) && content.blocks.length > 0
        ? this.blocks(content.blocks, clicks)
        : `<div>${this.mrkdwn(content.text)}</div>`;
    const files = (m.files ?? []).map((id) => this.fileHtml(this.files.get(id))).join("");
    const edited = m.updates > 0 || replaced ? ` <span class="muted small">(edited)</span>` : "";
    const pin = this.pinned.has(key) ? `<div class="pinned">📌 Pinned</div>` : "";
    return `<div class="msg${m.threadTs ? " reply" : ""}"><div class="avatar bot">T</div><div class="msg-body">${pin}<div class="msg-head"><b>Tandem</b> <span class="app-tag">APP</span> <span class="time">${escapeHtml(
      when(this.c.world.postedAt.get(key)),
    )}</span>${edited}</div>${body}${files}</div></div>`;
  }

  private ephemeralHtml(e: Ephemeral): string {
    const body =
      Array.isArray(e.blocks) && e.blocks.length > 0
        ? this.blocks(e.blocks)
        : `<div>${this.mrkdwn(e.text)}</div>`;
    return `<div class="msg ephemeral"><div class="avatar bot">T</div><div class="msg-body"><div class="msg-head"><b>Tandem</b> <span class="app-tag">APP</span> <span class="time">${escapeHtml(
      when(e.at),
    )}</span> <span class="only-you">👁 Only visible to ${escapeHtml(this.name(e.user))}</span></div>${body}</div></div>`;
  }

  private fileHtml(f: FakeFile | undefined): string {
    if (!f) return "";
    const src = this.dataUrl(f);
    const title = escapeHtml(f.title ?? f.filename);
    if (src)
      return `<figure class="file"><figcaption>📎 ${title}</figcaption><img class="bk-img" src="${src}" alt="${escapeHtml(f.altText ?? title)}"></figure>`;
    // A workbook is a zip (with the time it was written): named, not shown, so the page stays the same.
    if (f.filename.endsWith(".xlsx"))
      return `<figure class="file"><figcaption>📎 ${title} <span class="muted small">Excel workbook</span></figcaption></figure>`;
    const preview = f.content
      ? escapeHtml(
          f.content
            .toString("utf8")
            .replace(/^\uFEFF/, "")
            .slice(0, 1200),
        )
      : "";
    return `<figure class="file"><figcaption>📎 ${title} <span class="muted small">${f.length} bytes</span></figcaption>${preview ? `<pre>${preview}</pre>` : ""}</figure>`;
  }

  /** A channel's (or DM's) timeline: messages in order, replies under their parent, private replies between. */
  timeline(channelId: string): string {
    const { world } = this.c;
    const all = world.fake.messages;
    const items: { order: number; sub: number; html: string }[] = [];
    const indexOf = new Map<string, number>();
    all.forEach((m, i) => {
      if (m.channel === channelId) indexOf.set(m.ts, i);
    });
    all.forEach((m, i) => {
      if (m.channel !== channelId) return;
      const parent = m.threadTs ? indexOf.get(m.threadTs) : undefined;
      items.push({ order: parent ?? i, sub: parent === undefined ? 0 : i + 1, html: this.messageHtml(m) });
    });
    world.ephemerals.forEach((e, i) => {
      if (e.channel === channelId) items.push({ order: e.after - 0.5, sub: i, html: this.ephemeralHtml(e) });
    });
    items.sort((a, b) => a.order - b.order || a.sub - b.sub);
    return items.length > 0 ? items.map((x) => x.html).join("") : `<p class="muted">No messages.</p>`;
  }

  modalHtml(record: ModalRecord): string {
    const clicks = this.clicksByView.get(record.viewId) ?? [];
    const n = record.screens.length;
    const shown = new Set<Submission>();
    const card = (v: View, i: number, blocks: unknown, note: string) => {
      const title = this.text((v as { title?: unknown }).title);
      const submit = (v as { submit?: unknown }).submit;
      return `<div class="modal"><div class="modal-title">${title}${
        n > 1 ? ` <span class="muted small">screen ${i + 1} of ${n}</span>` : ""
      }${note}</div><div class="modal-body">${this.blocks(blocks, clicks)}</div>${
        submit
          ? `<div class="modal-foot"><span class="bk-button primary">${this.text(submit)}</span></div>`
          : ""
      }</div>`;
    };
    const parts: string[] = [];
    record.screens.forEach((v, i) => {
      const on = record.submissions.filter(
        (s) => s.view === v || (s.view.id === v.id && s.view.blocks === v.blocks),
      );
      if (on.length === 0) parts.push(card(v, i, v.blocks, ""));
      for (const s of on) {
        shown.add(s);
        parts.push(
          card(
            v,
            i,
            filledBlocks(v.blocks, s.answers, s.errors),
            ` <span class="muted small">as submitted</span>`,
          ),
          this.submissionHtml(record, s, false),
        );
      }
    });
    for (const s of record.submissions) if (!shown.has(s)) parts.push(this.submissionHtml(record, s, true));
    return `<div class="modal-record"><div class="muted small">Opened ${escapeHtml(when(record.openedAt))}</div>${parts.join(
      `<div class="arrow">↓</div>`,
    )}</div>`;
  }

  private submissionHtml(record: ModalRecord, s: Submission, withAnswers: boolean): string {
    const rows = withAnswers
      ? `<table>${Object.entries(s.answers)
          .map(([id, a]) => this.answerRow(s.view, id, a))
          .filter((r) => r !== "")
          .join("")}</table>`
      : "";
    const outcome =
      s.outcome === "errors"
        ? "refused: the modal shows what to fix"
        : s.outcome === "updated"
          ? "the modal shows the next screen"
          : "the modal closed";
    return `<div class="submission"><div class="msg-head"><b>Submitted</b> by ${escapeHtml(this.name(record.user))} <span class="time">${escapeHtml(
      when(s.at),
    )}</span> · <span class="muted">${outcome}</span></div>${rows}${
      s.errors
        ? `<div class="errors">${Object.values(s.errors)
            .map((e) => `<div>⚠ ${escapeHtml(e)}</div>`)
            .join("")}</div>`
        : ""
    }</div>`;
  }

  private answerRow(view: View, actionId: string, answer: Answer): string {
    const blocks = (view.blocks ?? []) as Block[];
    const block = blocks.find(
      (b) => b.type === "input" && (b.element as El | undefined)?.action_id === actionId,
    );
    if (!block) return "";
    const el = (block.element ?? {}) as El;
    const options = [
      ...((el.options ?? []) as El[]),
      ...((el.option_groups ?? []) as El[]).flatMap((g) => (g.options ?? []) as El[]),
    ];
    const show = (v: string) => {
      const o = options.find((x) => x.value === v);
      if (o) return this.text(o.text);
      if (/^[UW][A-Z0-9]+$/.test(v)) return `@${escapeHtml(this.name(v))}`;
      return escapeHtml(v);
    };
    const list = answer === null ? [] : Array.isArray(answer) ? answer : [String(answer)];
    const value = list.length === 0 ? `<span class="muted">—</span>` : list.map(show).join(", ");
    return `<tr><th>${this.text(block.label)}</th><td>${value}</td></tr>`;
  }
}

/** The blocks of a form as submitted: each input shows the answer given (and its error, if refused). */
function filledBlocks(
  blocks: unknown,
  answers: Record<string, Answer>,
  errors?: Record<string, string>,
): Block[] {
  if (!Array.isArray(blocks)) return [];
  return (blocks as Block[]).map((b) => {
    const el = b.element as El | undefined;
    if (b.type !== "input" || !el) return b;
    const error = errors?.[String(b.block_id ?? "")];
    const a = answers[String(el.action_id ?? "")];
    if (a === undefined) return error ? { ...b, _error: error } : b;
    const options = [
      ...((el.options ?? []) as El[]),
      ...((el.option_groups ?? []) as El[]).flatMap((g) => (g.options ?? []) as El[]),
    ];
    const list = a === null ? [] : Array.isArray(a) ? a : [String(a)];
    const {
      initial_value: _v,
      initial_option: _o,
      initial_options: _os,
      initial_date: _d,
      initial_time: _t,
      initial_user: _u,
      initial_users: _us,
      ...rest
    } = el;
    const filled: El = { ...rest };
    const first = list[0];
    switch (el.type) {
      case "static_select":
      case "radio_buttons": {
        const o = options.find((x) => x.value === first);
        if (o) filled.initial_option = o;
        break;
      }
      case "multi_static_select":
      case "checkboxes":
        filled.initial_options = options.filter((x) => list.includes(String(x.value)));
        break;
      case "datepicker":
        if (first) filled.initial_date = first;
        break;
      case "timepicker":
        if (first) filled.initial_time = first;
        break;
      case "users_select":
        if (first) filled.initial_user = first;
        break;
      case "multi_users_select":
        filled.initial_users = list;
        break;
      default:
        if (first) filled.initial_value = first;
    }
    return { ...b, element: filled, ...(error ? { _error: error } : {}) };
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const PERSONA: Record<Persona, string> = {
  thriving: "meets regularly",
  stalling: "stalls, gets nudged",
  asks_help: "asks for help",
  rematch: "asks for a rematch",
  pause: "pauses",
};

const ROLES = { manager: "Program managers", mentor: "Mentors", mentee: "Executives (mentees)" } as const;

const ROLE: Record<string, string> = {
  manager: "Program manager",
  mentor: "Mentor",
  mentee: "Executive (mentee)",
};

/** The whole page. */
export function renderTranscript(c: Cohort, opts: { seed: number; title: string }): string {
  const t = new Transcript(c);
  const { world } = c;
  const fake = world.fake;
  const people = [c.cast.manager, ...c.cast.everyone];
  const channels = [...fake.channels.values()]
    .filter((ch) => !ch.id.startsWith("D"))
    .sort((a, b) => Number(a.isPrivate) - Number(b.isPrivate) || a.name.localeCompare(b.name));
  const storyOf = new Map<string, Persona>();
  for (const td of c.tandems.values()) storyOf.set(td.channel, td.persona);
  const pages: string[] = [];

  // Overview
  const chapters = world.chapters
    .map(
      (ch) =>
        `<li><div class="time">${escapeHtml(when(ch.at))}</div><b>${escapeHtml(ch.title)}</b>${
          ch.notes.length ? `<ul>${ch.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>` : ""
        }</li>`,
    )
    .join("");
  const tandemRows = [...c.tandems.values()]
    .map((td) => {
      const ch = fake.channels.get(td.channel);
      return `<tr><td><a href="#/c/${escapeHtml(encodeURIComponent(ch?.name ?? td.channel))}">#${escapeHtml(ch?.name ?? td.channel)}</a></td><td><a href="${t.personHref(td.mentor)}">${escapeHtml(t.name(td.mentor))}</a></td><td><a href="${t.personHref(td.mentee)}">${escapeHtml(t.name(td.mentee))}</a></td><td>${escapeHtml(PERSONA[td.persona])}${ch?.archived ? " · ended" : ""}</td></tr>`;
    })
    .join("");
  pages.push(
    page(
      "#/",
      `<h1>${escapeHtml(opts.title)}</h1>
<p class="lead">A whole reverse-mentoring cohort, played by <code>npm run demo</code> against the Slack simulator: the real Tandem app answered every slash command, click and form below; nothing here was written by hand. Seed ${opts.seed}. Pick a channel or a person on the left to see Slack as they saw it.</p>
<div class="stats"><div><b>${people.length}</b> people</div><div><b>${c.tandems.size}</b> tandems</div><div><b>${fake.messages.length}</b> messages</div><div><b>${world.modals.size}</b> modals</div><div><b>${world.clicks.length}</b> clicks</div></div>
<h2>What happened</h2><ol class="chapters">${chapters}</ol>
<h2>Tandems</h2><table class="grid"><tr><th>Channel</th><th>Mentor</th><th>Executive</th><th>Story</th></tr>${tandemRows}</table>`,
      "overview",
    ),
  );

  // Channels
  for (const ch of channels) {
    const members = [...ch.members].filter((m) => m !== fake.botUserId).sort();
    const story = storyOf.get(ch.id);
    pages.push(
      page(
        `#/c/${encodeURIComponent(ch.name)}`,
        `<div class="chan-head"><h1>${ch.isPrivate ? "🔒" : "#"} ${escapeHtml(ch.name)}</h1>${ch.archived ? `<span class="tag">archived</span>` : ""}${
          story ? `<span class="tag">${escapeHtml(PERSONA[story])}</span>` : ""
        }<div class="muted">${ch.purpose ? escapeHtml(slackUnescape(ch.purpose)) : ""}</div><div class="members">${members.length} members: ${members
          .map((m) => `<a href="${t.personHref(m)}">${escapeHtml(t.name(m))}</a>`)
          .join(", ")}</div></div><div class="timeline">${t.timeline(ch.id)}</div>`,
        "channel",
      ),
    );
  }

  // People
  for (const p of people) {
    const dm = world.dmOf(p.id);
    const home = fake.homes.get(p.id);
    const homeClicks = world.clicks.filter((k) => k.viewId === `VHOME${p.id}`);
    const modals = [...world.modals.values()].filter((m) => m.user === p.id);
    const theirs = channels.filter((ch) => ch.members.has(p.id));
    pages.push(
      page(
        `#/p/${encodeURIComponent(p.id)}`,
        `<div class="chan-head"><h1>${escapeHtml(p.fullName)}</h1><span class="tag">${escapeHtml(ROLE[p.role] ?? p.role)}</span><span class="tag">${escapeHtml(
          p.locale,
        )}</span><div class="muted">${escapeHtml(p.department)} · Slack in ${p.locale.startsWith("de") ? "German" : "English"}</div><div class="members">Channels: ${
          theirs
            .map(
              (ch) =>
                `<a href="#/c/${escapeHtml(encodeURIComponent(ch.name))}">${ch.isPrivate ? "🔒" : "#"}${escapeHtml(ch.name)}</a>`,
            )
            .join(", ") || "none"
        }</div></div>
<div class="tabs"><a href="#/p/${escapeHtml(encodeURIComponent(p.id))}" data-tab="dm">Messages</a><a href="#/p/${escapeHtml(encodeURIComponent(p.id))}" data-tab="home">Home</a><a href="#/p/${escapeHtml(
          encodeURIComponent(p.id),
        )}" data-tab="modals">Modals (${modals.length})</a></div>
<section class="tab" data-pane="dm"><h2>Direct messages with Tandem</h2><div class="timeline">${t.timeline(dm)}</div></section>
<section class="tab" data-pane="home"><h2>App Home</h2><div class="home">${home ? t.blocks(home.blocks, homeClicks) : `<p class="muted">Never opened.</p>`}</div></section>
<section class="tab" data-pane="modals"><h2>Modals opened</h2>${modals.map((m) => t.modalHtml(m)).join("") || `<p class="muted">None.</p>`}</section>`,
        "person",
      ),
    );
  }

  const nav = `<nav id="sidebar"><div class="ws">Acme GmbH <span class="muted">· Slack simulator</span></div>
<a href="#/" class="nav-item">🏠 Overview</a>
<div class="nav-h">Channels</div>${channels
    .map(
      (ch) =>
        `<a class="nav-item" href="#/c/${escapeHtml(encodeURIComponent(ch.name))}">${ch.isPrivate ? "🔒" : "#"} ${escapeHtml(ch.name)}</a>`,
    )
    .join("")}
${(["manager", "mentor", "mentee"] as const)
  .map(
    (role) =>
      `<div class="nav-h">${escapeHtml(ROLES[role])}</div>${people
        .filter((p) => p.role === role)
        .map((p) => `<a class="nav-item" href="${t.personHref(p.id)}">👤 ${escapeHtml(p.fullName)}</a>`)
        .join("")}`,
  )
  .join("")}</nav>`;

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(opts.title)}</title><style>${CSS}</style></head>
<body>${nav}<main id="main">${pages.join("\n")}</main><script>${SCRIPT}</script></body></html>
`;
}

function page(route: string, html: string, kind: string): string {
  return `<article class="page ${kind}" data-route="${escapeHtml(route)}" hidden>${html}</article>`;
}

const SCRIPT = `
(function () {
  var pages = document.querySelectorAll("[data-route]");
  var links = document.querySelectorAll("#sidebar a");
  var tab = "dm";
  function show() {
    var h = location.hash || "#/";
    var found = null;
    for (var i = 0; i < pages.length; i++) {
      var on = pages[i].getAttribute("data-route") === h;
      pages[i].hidden = !on;
      if (on) found = pages[i];
    }
    if (!found) { found = pages[0]; found.hidden = false; }
    for (var j = 0; j < links.length; j++) links[j].classList.toggle("active", links[j].getAttribute("href") === h);
    selectTab(found);
    document.title = (found.querySelector("h1") || {}).textContent + " · Tandem demo";
    document.getElementById("main").scrollTop = 0;
  }
  function selectTab(pageEl) {
    var panes = pageEl.querySelectorAll("[data-pane]");
    var tabs = pageEl.querySelectorAll("[data-tab]");
    for (var i = 0; i < panes.length; i++) panes[i].hidden = panes[i].getAttribute("data-pane") !== tab;
    for (var j = 0; j < tabs.length; j++) tabs[j].classList.toggle("active", tabs[j].getAttribute("data-tab") === tab);
  }
  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("[data-tab]") : null;
    if (!a) return;
    e.preventDefault();
    tab = a.getAttribute("data-tab");
    selectTab(a.closest("[data-route]"));
  });
  window.addEventListener("hashchange", function () { tab = "dm"; show(); });
  show();
})();
`;

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.46 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1d1c1d;display:flex;height:100vh}
#sidebar{width:280px;flex:none;background:#3f0e40;color:#cfc3cf;overflow-y:auto;padding:0 0 24px}
#sidebar .ws{color:#fff;font-weight:700;font-size:17px;padding:14px 16px;border-bottom:1px solid #5d3a5e}
#sidebar .nav-h{padding:14px 16px 4px;font-size:13px;color:#bcabbc;text-transform:none;font-weight:600}
#sidebar a{display:block;color:#cfc3cf;text-decoration:none;padding:3px 16px 3px 22px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#sidebar a:hover{background:#350d36}
#sidebar a.active{background:#1164a3;color:#fff}
#main{flex:1;overflow-y:auto;padding:0 28px 40px}
.page h1{font-size:22px;margin:18px 0 6px}
.page h2{font-size:17px;margin:22px 0 8px}
.lead{max-width:820px;color:#454245}
.stats{display:flex;gap:14px;flex-wrap:wrap}.stats div{border:1px solid #ddd;border-radius:8px;padding:8px 14px}
.chapters{padding-left:20px}.chapters>li{margin:8px 0}.chapters .time{color:#616061;font-size:12px}
table.grid{border-collapse:collapse}table.grid td,table.grid th{border-bottom:1px solid #eee;padding:4px 10px;text-align:left}
.chan-head{border-bottom:1px solid #ddd;padding-bottom:10px;margin-bottom:8px}
.chan-head h1{display:inline-block;margin-right:8px}
.tag{display:inline-block;background:#f4ede4;color:#6b4a1f;border-radius:10px;padding:1px 9px;font-size:12px;margin-right:6px}
.members{font-size:13px;margin-top:4px}
a{color:#1264a3}
.mention{background:#e8f5fa;color:#1264a3;border-radius:3px;padding:0 2px;text-decoration:none}
.msg{display:flex;gap:10px;padding:8px 4px;border-radius:6px}
.msg:hover{background:#f8f8f8}
.msg.reply{margin-left:46px;border-left:3px solid #e0e0e0}
.msg.ephemeral{background:#f4f8fb}
.avatar{width:36px;height:36px;flex:none;border-radius:6px;background:#4a154b;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}
.msg-body{flex:1;min-width:0}
.msg-head{margin-bottom:2px}
.app-tag{background:#e8e8e8;color:#616061;font-size:10px;border-radius:3px;padding:0 3px}
.time{color:#616061;font-size:12px}
.only-you{color:#616061;font-size:12px}
.muted{color:#767676}.small{font-size:12px}
.pinned{font-size:12px;color:#a15c07}
.bk-header{font-weight:800;font-size:17px;margin:4px 0}
.bk-section{display:flex;gap:10px;margin:4px 0;align-items:flex-start}
.bk-section-body{flex:1}
.bk-fields{display:grid;grid-template-columns:1fr 1fr;gap:4px 16px;margin-top:4px}
.bk-context{color:#616061;font-size:13px;margin:4px 0;display:flex;gap:6px;flex-wrap:wrap;align-items:center}
.bk-divider{border:none;border-top:1px solid #e2e2e2;margin:8px 0}
.bk-actions{display:flex;gap:8px;flex-wrap:wrap;margin:6px 0}
.bk-button-wrap{display:inline-flex;flex-direction:column;align-items:flex-start;gap:2px}
.bk-button{display:inline-block;border:1px solid #bbb;border-radius:4px;padding:3px 12px;font-weight:700;font-size:14px;background:#fff}
.bk-button.primary{background:#007a5a;color:#fff;border-color:#007a5a}
.bk-button.danger{color:#e01e5a;border-color:#e01e5a}
.bk-button.was-clicked{outline:2px solid #1264a3}
.clicked{font-size:11px;color:#1264a3}
.bk-overflow summary{cursor:pointer;border:1px solid #bbb;border-radius:4px;padding:0 8px;list-style:none}
.bk-select{display:inline-block;border:1px solid #bbb;border-radius:4px;padding:3px 10px;font-size:14px}
.bk-input{margin:10px 0}.bk-input label{display:block;font-weight:700;margin-bottom:4px}
.bk-textbox{border:1px solid #bbb;border-radius:4px;padding:5px 8px;min-height:32px}.bk-textbox.multi{min-height:60px}
.bk-choices div{margin:2px 0}
.bk-img{max-width:520px;width:100%;border:1px solid #eee;border-radius:6px}.bk-img-small{width:24px;height:24px;border-radius:4px}
.bk-img-missing{color:#767676}
figure{margin:6px 0}figcaption{font-size:13px;color:#616061}
pre{background:#f8f8f8;border:1px solid #e2e2e2;border-radius:4px;padding:6px;white-space:pre-wrap;font-size:12px}
code{background:#f3f3f3;border:1px solid #e2e2e2;border-radius:3px;padding:0 3px;font-size:13px;color:#e01e5a}
.tabs{display:flex;gap:4px;border-bottom:1px solid #ddd;margin:8px 0}
.tabs a{padding:6px 14px;text-decoration:none;color:#454245;border-bottom:3px solid transparent}
.tabs a.active{border-bottom-color:#1264a3;color:#1d1c1d;font-weight:700}
.home{max-width:760px;border:1px solid #e2e2e2;border-radius:8px;padding:10px 16px}
.modal-record{margin:14px 0 28px}
.modal{max-width:560px;border:1px solid #ccc;border-radius:8px;box-shadow:0 2px 10px rgba(0,0,0,.08);overflow:hidden}
.modal-title{font-weight:800;font-size:17px;padding:12px 16px;border-bottom:1px solid #e2e2e2}
.modal-body{padding:4px 16px;max-height:520px;overflow-y:auto}
.modal-foot{padding:10px 16px;border-top:1px solid #e2e2e2;text-align:right}
.arrow{padding:4px 20px;color:#767676}
.submission{max-width:560px;background:#f4f8fb;border:1px solid #d5e4ef;border-radius:6px;padding:8px 12px;margin-top:8px}
.submission table{border-collapse:collapse;font-size:13px}.submission th{text-align:left;padding:2px 12px 2px 0;vertical-align:top;color:#454245}
.errors{color:#b00020;font-size:13px;margin-top:4px}
`;
