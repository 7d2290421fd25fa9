/**
 * Block Kit validation for the fake Slack: refuses what Slack refuses, so a payload that would fail in
 * production fails the test. Limits follow Slack's Block Kit reference (docs.slack.dev/reference/block-kit);
 * where the docs and Slack's own type definitions disagree, the stricter value is used (option value 75).
 * Messages imitate Slack's `response_metadata.messages`: "[ERROR] <reason> [json-pointer:/blocks/0/text]".
 */

export type BlockKitCheck =
  | { ok: true }
  | { ok: false; error: "invalid_blocks" | "invalid_arguments"; messages: string[] };

type Obj = Record<string, unknown>;

const MESSAGE_METHODS = new Set([
  "chat.postMessage",
  "chat.update",
  "chat.postEphemeral",
  "chat.scheduleMessage",
]);
const VIEW_METHODS = new Set(["views.open", "views.update", "views.push", "views.publish"]);

const LIMIT = {
  messageBlocks: 50,
  viewBlocks: 100,
  id: 255,
  text: 3000,
  sectionText: 3000,
  field: 2000,
  fields: 10,
  header: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  accessibilityLabel: 75,
  optionText: 75,
  // docs.slack.dev says 150, @slack/types says 75: the strict side
  optionValue: 75,
  optionDescription: 75,
  optionGroupLabel: 75,
  selectOptions: 100,
  choiceOptions: 10,
  overflowMin: 2,
  overflowMax: 5,
  placeholder: 150,
  label: 2000,
  hint: 2000,
  altText: 2000,
  imageTitle: 2000,
  viewTitle: 24,
  privateMetadata: 3000,
  inputLength: 3000,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  markdown: 12000,
} as const;

const SELECTS = new Set([
  "static_select",
  "external_select",
  "users_select",
  "conversations_select",
  "channels_select",
  "multi_static_select",
  "multi_external_select",
  "multi_users_select",
  "multi_conversations_select",
  "multi_channels_select",
]);
const INTERACTIVE = new Set([
  ...SELECTS,
  "button",
  "checkboxes",
  "datepicker",
  "datetimepicker",
  "overflow",
  "radio_buttons",
  "timepicker",
  "workflow_button",
]);
const ELEMENTS_BY_PLACE: Record<"actions" | "accessory" | "input", Set<string>> = {
  actions: new Set([...INTERACTIVE, "rich_text_input"]),
  accessory: new Set([...INTERACTIVE, "image"]),
  input: new Set([
    ...SELECTS,
    "checkboxes",
    "datepicker",
    "datetimepicker",
    "email_text_input",
    "file_input",
    "number_input",
    "plain_text_input",
    "radio_buttons",
    "rich_text_input",
    "timepicker",
    "url_text_input",
  ]),
};

/** Fields Slack accepts on each block and element (its JSON schema forbids any other property). */
const COMMON_ELEMENT_KEYS = ["type", "action_id"];
const ELEMENT_KEYS: Record<string, string[]> = {
  button: ["text", "value", "url", "style", "confirm", "accessibility_label"],
  checkboxes: ["options", "initial_options", "confirm", "focus_on_load"],
  radio_buttons: ["options", "initial_option", "confirm", "focus_on_load"],
  overflow: ["options", "confirm"],
  datepicker: ["initial_date", "confirm", "focus_on_load", "placeholder"],
  timepicker: ["initial_time", "confirm", "focus_on_load", "placeholder", "timezone"],
  datetimepicker: ["initial_date_time", "confirm", "focus_on_load"],
  plain_text_input: [
    "initial_value",
    "multiline",
    "min_length",
    "max_length",
    "dispatch_action_config",
    "focus_on_load",
    "placeholder",
  ],
  email_text_input: ["initial_value", "dispatch_action_config", "focus_on_load", "placeholder"],
  url_text_input: ["initial_value", "dispatch_action_config", "focus_on_load", "placeholder"],
  number_input: [
    "is_decimal_allowed",
    "initial_value",
    "min_value",
    "max_value",
    "dispatch_action_config",
    "focus_on_load",
    "placeholder",
  ],
  static_select: ["options", "option_groups", "initial_option", "confirm", "focus_on_load", "placeholder"],
  multi_static_select: [
    "options",
    "option_groups",
    "initial_options",
    "confirm",
    "max_selected_items",
    "focus_on_load",
    "placeholder",
  ],
  external_select: ["initial_option", "min_query_length", "confirm", "focus_on_load", "placeholder"],
  multi_external_select: [
    "initial_options",
    "min_query_length",
    "confirm",
    "max_selected_items",
    "focus_on_load",
    "placeholder",
  ],
  users_select: ["initial_user", "confirm", "focus_on_load", "placeholder"],
  multi_users_select: ["initial_users", "confirm", "max_selected_items", "focus_on_load", "placeholder"],
  conversations_select: [
    "initial_conversation",
    "default_to_current_conversation",
    "confirm",
    "response_url_enabled",
    "filter",
    "focus_on_load",
    "placeholder",
  ],
  multi_conversations_select: [
    "initial_conversations",
    "default_to_current_conversation",
    "confirm",
    "max_selected_items",
    "filter",
    "focus_on_load",
    "placeholder",
  ],
  channels_select: ["initial_channel", "confirm", "response_url_enabled", "focus_on_load", "placeholder"],
  multi_channels_select: [
    "initial_channels",
    "confirm",
    "max_selected_items",
    "focus_on_load",
    "placeholder",
  ],
  image: ["image_url", "slack_file", "alt_text"],
  workflow_button: ["text", "workflow", "style", "accessibility_label"],
  rich_text_input: ["initial_value", "dispatch_action_config", "focus_on_load", "placeholder"],
  file_input: ["filetypes", "max_files"],
};
const BLOCK_KEYS: Record<string, string[]> = {
  section: ["text", "fields", "accessory", "expand"],
  header: ["text"],
  context: ["elements"],
  actions: ["elements"],
  divider: [],
  image: ["image_url", "slack_file", "alt_text", "title"],
  input: ["label", "element", "dispatch_action", "hint", "optional"],
  rich_text: ["elements"],
  markdown: ["text"],
  file: ["external_id", "source"],
  video: [
    "alt_text",
    "author_name",
    "description",
    "provider_icon_url",
    "provider_name",
    "title",
    "title_url",
    "thumbnail_url",
    "video_url",
  ],
};

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** JSON with sorted keys: Slack compares an initial option with the options as data, not by identity. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (isObj(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v) ?? "undefined";
}

class Checker {
  readonly messages: string[] = [];

  fail(pointer: string, reason: string): void {
    this.messages.push(`[ERROR] ${reason} [json-pointer:${pointer}]`);
  }

  keys(o: Obj, pointer: string, allowed: string[]): void {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) this.fail(`${pointer}/${k}`, `unknown field: ${k}`);
    }
  }

  /** A string field: required or optional, with a maximum (and minimum) length. */
  str(
    o: Obj,
    key: string,
    pointer: string,
    max: number,
    opts: { required?: boolean; min?: number } = {},
  ): void {
    const v = o[key];
    const p = `${pointer}/${key}`;
    if (v === undefined) {
      if (opts.required) this.fail(pointer, `missing required field: ${key}`);
      return;
    }
    if (typeof v !== "string") {
      this.fail(p, "must be a string");
      return;
    }
    if (v.length > max) this.fail(p, `must be less than ${max + 1} characters`);
    if (v.length < (opts.min ?? 0)) this.fail(p, `must be at least ${opts.min} character(s)`);
  }

  /** A text object, plain_text only where Slack allows nothing else. */
  text(
    o: Obj,
    key: string,
    pointer: string,
    max: number,
    opts: { required?: boolean; plainOnly?: boolean } = {},
  ): void {
    const v = o[key];
    const p = `${pointer}/${key}`;
    if (v === undefined) {
      if (opts.required) this.fail(pointer, `missing required field: ${key}`);
      return;
    }
    if (!isObj(v)) {
      this.fail(p, "must provide an object");
      return;
    }
    this.textObject(v, p, max, opts.plainOnly ?? false);
  }

  textObject(v: Obj, p: string, max: number, plainOnly: boolean): void {
    const type = v.type;
    if (type === undefined) this.fail(p, "missing required field: type");
    else if (type !== "plain_text" && type !== "mrkdwn")
      this.fail(`${p}/type`, `unsupported type: ${String(type)}`);
    else if (plainOnly && type !== "plain_text") this.fail(`${p}/type`, "must be plain_text");
    this.keys(v, p, type === "mrkdwn" ? ["type", "text", "verbatim"] : ["type", "text", "emoji"]);
    this.str(v, "text", p, max, { required: true, min: 1 });
  }

  id(o: Obj, key: "action_id" | "block_id", pointer: string): void {
    this.str(o, key, pointer, LIMIT.id, { min: 1 });
  }

  blocks(blocks: unknown, pointer: string, max: number): void {
    if (!Array.isArray(blocks)) {
      this.fail(pointer, "must provide an array");
      return;
    }
    if (blocks.length > max) this.fail(pointer, `no more than ${max} items allowed`);
    const blockIds = new Map<string, number>();
    blocks.forEach((block, i) => {
      const p = `${pointer}/${i}`;
      if (!isObj(block)) {
        this.fail(p, "must provide an object");
        return;
      }
      if (typeof block.block_id === "string") {
        if (blockIds.has(block.block_id)) this.fail(`${p}/block_id`, "must be unique");
        blockIds.set(block.block_id, i);
      }
      this.block(block, p);
    });
  }

  block(b: Obj, p: string): void {
    const type = typeof b.type === "string" ? b.type : undefined;
    if (type === undefined) {
      this.fail(p, "missing required field: type");
      return;
    }
    const own = BLOCK_KEYS[type];
    if (!own) {
      this.fail(`${p}/type`, `unsupported type: ${type}`);
      return;
    }
    this.keys(b, p, ["type", "block_id", ...own]);
    this.id(b, "block_id", p);
    switch (type) {
      case "section": {
        if (b.text === undefined && b.fields === undefined) {
          this.fail(p, "must provide either `text` or `fields`");
        }
        this.text(b, "text", p, LIMIT.sectionText);
        if (b.fields !== undefined) {
          if (!Array.isArray(b.fields)) this.fail(`${p}/fields`, "must provide an array");
          else {
            if (b.fields.length > LIMIT.fields)
              this.fail(`${p}/fields`, `no more than ${LIMIT.fields} items allowed`);
            if (b.fields.length === 0) this.fail(`${p}/fields`, "must provide at least 1 item");
            b.fields.forEach((f, i) => {
              if (isObj(f)) this.textObject(f, `${p}/fields/${i}`, LIMIT.field, false);
              else this.fail(`${p}/fields/${i}`, "must provide an object");
            });
          }
        }
        if (b.accessory !== undefined) this.elementsIn([b.accessory], `${p}/accessory`, "accessory", true);
        return;
      }
      case "header":
        this.text(b, "text", p, LIMIT.header, { required: true, plainOnly: true });
        return;
      case "context": {
        const els = b.elements;
        if (!Array.isArray(els) || els.length === 0) {
          this.fail(`${p}/elements`, "must provide a non-empty array");
          return;
        }
        if (els.length > LIMIT.contextElements) {
          this.fail(`${p}/elements`, `no more than ${LIMIT.contextElements} items allowed`);
        }
        els.forEach((e, i) => {
          const ep = `${p}/elements/${i}`;
          if (!isObj(e)) this.fail(ep, "must provide an object");
          else if (e.type === "image") this.element(e, ep);
          else this.textObject(e, ep, LIMIT.text, false);
        });
        return;
      }
      case "actions": {
        const els = b.elements;
        if (!Array.isArray(els) || els.length === 0) {
          this.fail(`${p}/elements`, "must provide a non-empty array");
          return;
        }
        if (els.length > LIMIT.actionsElements) {
          this.fail(`${p}/elements`, `no more than ${LIMIT.actionsElements} items allowed`);
        }
        this.elementsIn(els, `${p}/elements`, "actions", false);
        return;
      }
      case "image":
        this.image(b, p);
        this.text(b, "title", p, LIMIT.imageTitle, { plainOnly: true });
        return;
      case "input":
        this.text(b, "label", p, LIMIT.label, { required: true, plainOnly: true });
        this.text(b, "hint", p, LIMIT.hint, { plainOnly: true });
        if (b.element === undefined) this.fail(p, "missing required field: element");
        else this.elementsIn([b.element], `${p}/element`, "input", true);
        return;
      case "rich_text":
        if (!Array.isArray(b.elements)) this.fail(`${p}/elements`, "must provide an array");
        return;
      case "markdown":
        this.str(b, "text", p, LIMIT.markdown, { required: true, min: 1 });
        return;
      case "file":
        this.str(b, "external_id", p, LIMIT.id, { required: true, min: 1 });
        if (b.source !== "remote") this.fail(`${p}/source`, "must be remote");
        return;
      case "video":
        this.str(b, "alt_text", p, LIMIT.altText, { required: true, min: 1 });
        this.str(b, "video_url", p, LIMIT.url, { required: true, min: 1 });
        this.str(b, "thumbnail_url", p, LIMIT.url, { required: true, min: 1 });
        this.text(b, "title", p, 200, { required: true, plainOnly: true });
        return;
      default:
        return;
    }
  }

  image(o: Obj, p: string): void {
    if (o.image_url === undefined && o.slack_file === undefined)
      this.fail(p, "must provide `image_url` or `slack_file`");
    if (o.image_url !== undefined && o.slack_file !== undefined) {
      this.fail(p, "must provide only one of `image_url` and `slack_file`");
    }
    this.str(o, "image_url", p, LIMIT.url, { min: 1 });
    if (o.slack_file !== undefined && !isObj(o.slack_file))
      this.fail(`${p}/slack_file`, "must provide an object");
    this.str(o, "alt_text", p, LIMIT.altText, { required: true, min: 1 });
  }

  /** Elements of one block: each allowed in its place, each action_id unique within the block. */
  elementsIn(
    els: unknown[],
    pointer: string,
    place: "actions" | "accessory" | "input",
    single: boolean,
  ): void {
    const seen = new Set<string>();
    els.forEach((e, i) => {
      const p = single ? pointer : `${pointer}/${i}`;
      if (!isObj(e)) {
        this.fail(p, "must provide an object");
        return;
      }
      const type = typeof e.type === "string" ? e.type : "";
      if (!ELEMENTS_BY_PLACE[place].has(type)) {
        this.fail(`${p}/type`, `unsupported type: ${type || "(none)"}`);
        return;
      }
      if (typeof e.action_id === "string") {
        if (seen.has(e.action_id)) this.fail(`${p}/action_id`, "must be unique");
        seen.add(e.action_id);
      }
      this.element(e, p);
    });
  }

  element(e: Obj, p: string): void {
    const type = typeof e.type === "string" ? e.type : "";
    const own = ELEMENT_KEYS[type];
    if (!own) {
      this.fail(`${p}/type`, `unsupported type: ${type || "(none)"}`);
      return;
    }
    this.keys(e, p, type === "image" ? ["type", ...own] : [...COMMON_ELEMENT_KEYS, ...own]);
    if (type !== "image") this.id(e, "action_id", p);
    if (e.confirm !== undefined) this.confirm(e.confirm, `${p}/confirm`);
    this.text(e, "placeholder", p, LIMIT.placeholder, { plainOnly: true });
    if (e.max_selected_items !== undefined) {
      if (typeof e.max_selected_items !== "number" || e.max_selected_items < 1) {
        this.fail(`${p}/max_selected_items`, "must be a number of at least 1");
      }
    }
    switch (type) {
      case "button":
        this.text(e, "text", p, LIMIT.buttonText, { required: true, plainOnly: true });
        this.str(e, "value", p, LIMIT.buttonValue);
        this.str(e, "url", p, LIMIT.url);
        this.str(e, "accessibility_label", p, LIMIT.accessibilityLabel);
        this.style(e, p);
        return;
      case "workflow_button":
        this.text(e, "text", p, LIMIT.buttonText, { required: true, plainOnly: true });
        if (!isObj(e.workflow)) this.fail(p, "missing required field: workflow");
        this.style(e, p);
        return;
      case "static_select":
      case "multi_static_select":
        this.options(e, p, { min: 1, max: LIMIT.selectOptions, plainOnly: true, groups: true });
        return;
      case "overflow":
        this.options(e, p, { min: LIMIT.overflowMin, max: LIMIT.overflowMax, plainOnly: true, urls: true });
        return;
      case "checkboxes":
      case "radio_buttons":
        this.options(e, p, { min: 1, max: LIMIT.choiceOptions, plainOnly: false });
        return;
      case "plain_text_input":
        this.plainTextInput(e, p);
        return;
      case "number_input":
        if (typeof e.is_decimal_allowed !== "boolean")
          this.fail(p, "missing required field: is_decimal_allowed");
        for (const k of ["initial_value", "min_value", "max_value"]) {
          const v = e[k];
          if (v !== undefined && (typeof v !== "string" || !/^-?\d+(\.\d+)?$/.test(v))) {
            this.fail(`${p}/${k}`, "must be a number as a string");
          }
        }
        return;
      case "datepicker":
        if (e.initial_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(e.initial_date))) {
          this.fail(`${p}/initial_date`, "must be a date in the format YYYY-MM-DD");
        }
        return;
      case "timepicker":
        if (e.initial_time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(String(e.initial_time))) {
          this.fail(`${p}/initial_time`, "must be a time in the format HH:mm");
        }
        return;
      case "image":
        this.image(e, p);
        return;
      default:
        return;
    }
  }

  style(e: Obj, p: string): void {
    if (e.style !== undefined && e.style !== "primary" && e.style !== "danger") {
      this.fail(`${p}/style`, "must be one of primary, danger");
    }
  }

  confirm(c: unknown, p: string): void {
    if (!isObj(c)) {
      this.fail(p, "must provide an object");
      return;
    }
    this.keys(c, p, ["title", "text", "confirm", "deny", "style"]);
    this.text(c, "title", p, LIMIT.confirmTitle, { required: true, plainOnly: true });
    this.text(c, "text", p, LIMIT.confirmText, { required: true, plainOnly: true });
    this.text(c, "confirm", p, LIMIT.confirmButton, { required: true, plainOnly: true });
    this.text(c, "deny", p, LIMIT.confirmButton, { required: true, plainOnly: true });
    this.style(c, p);
  }

  plainTextInput(e: Obj, p: string): void {
    const min = e.min_length;
    const max = e.max_length;
    if (min !== undefined && (typeof min !== "number" || !Number.isInteger(min) || min < 0 || min > 3000)) {
      this.fail(`${p}/min_length`, "must be an integer from 0 to 3000");
    }
    if (max !== undefined && (typeof max !== "number" || !Number.isInteger(max) || max < 1 || max > 3000)) {
      this.fail(`${p}/max_length`, "must be an integer from 1 to 3000");
    }
    if (typeof min === "number" && typeof max === "number" && min > max) {
      this.fail(`${p}/min_length`, "must not be greater than max_length");
    }
    const limit = typeof max === "number" ? Math.min(max, LIMIT.inputLength) : LIMIT.inputLength;
    this.str(e, "initial_value", p, limit);
  }

  option(o: unknown, p: string, plainOnly: boolean, url: boolean): void {
    if (!isObj(o)) {
      this.fail(p, "must provide an object");
      return;
    }
    this.keys(o, p, url ? ["text", "value", "description", "url"] : ["text", "value", "description"]);
    this.text(o, "text", p, LIMIT.optionText, { required: true, plainOnly });
    this.str(o, "value", p, LIMIT.optionValue, { required: true, min: 1 });
    this.text(o, "description", p, LIMIT.optionDescription, { plainOnly });
    this.str(o, "url", p, LIMIT.url);
  }

  options(
    e: Obj,
    p: string,
    rule: { min: number; max: number; plainOnly: boolean; groups?: boolean; urls?: boolean },
  ): void {
    const all: { option: unknown; pointer: string }[] = [];
    const hasOptions = e.options !== undefined;
    const hasGroups = rule.groups === true && e.option_groups !== undefined;
    if (hasOptions && hasGroups) this.fail(p, "must provide only one of `options` and `option_groups`");
    if (hasGroups) {
      const groups = e.option_groups;
      if (!Array.isArray(groups)) this.fail(`${p}/option_groups`, "must provide an array");
      else {
        if (groups.length > rule.max)
          this.fail(`${p}/option_groups`, `no more than ${rule.max} items allowed`);
        groups.forEach((g, gi) => {
          const gp = `${p}/option_groups/${gi}`;
          if (!isObj(g)) {
            this.fail(gp, "must provide an object");
            return;
          }
          this.keys(g, gp, ["label", "options"]);
          this.text(g, "label", gp, LIMIT.optionGroupLabel, { required: true, plainOnly: true });
          if (!Array.isArray(g.options) || g.options.length === 0) {
            this.fail(`${gp}/options`, "must provide a non-empty array");
            return;
          }
          g.options.forEach((o, oi) => {
            all.push({ option: o, pointer: `${gp}/options/${oi}` });
          });
        });
      }
    } else if (!hasOptions) {
      this.fail(
        p,
        rule.groups ? "must provide `options` or `option_groups`" : "missing required field: options",
      );
      return;
    }
    if (hasOptions) {
      if (!Array.isArray(e.options)) {
        this.fail(`${p}/options`, "must provide an array");
        return;
      }
      e.options.forEach((o, i) => {
        all.push({ option: o, pointer: `${p}/options/${i}` });
      });
    }
    const where = hasOptions ? `${p}/options` : `${p}/option_groups`;
    if (all.length > rule.max) this.fail(where, `no more than ${rule.max} items allowed`);
    if (all.length < rule.min) this.fail(where, `must provide at least ${rule.min} item(s)`);
    const values = new Set<string>();
    const known = new Set<string>();
    for (const { option, pointer } of all) {
      this.option(option, pointer, rule.plainOnly, rule.urls === true);
      if (isObj(option)) {
        if (typeof option.value === "string") {
          if (values.has(option.value)) this.fail(`${pointer}/value`, "must be unique");
          values.add(option.value);
        }
        known.add(canonical(option));
      }
    }
    if (e.initial_option !== undefined) {
      if (!isObj(e.initial_option)) this.fail(`${p}/initial_option`, "must provide an object");
      else if (!known.has(canonical(e.initial_option))) {
        this.fail(`${p}/initial_option`, "must match one of the provided options");
      }
    }
    if (e.initial_options !== undefined) {
      if (!Array.isArray(e.initial_options)) this.fail(`${p}/initial_options`, "must provide an array");
      else {
        e.initial_options.forEach((o, i) => {
          if (!known.has(canonical(o))) {
            this.fail(`${p}/initial_options/${i}`, "must match one of the provided options");
          }
        });
      }
    }
  }

  view(view: unknown, method: string): void {
    const p = "/view";
    if (!isObj(view)) {
      this.fail(p, "must provide an object");
      return;
    }
    const type = view.type;
    if (type !== "modal" && type !== "home") {
      this.fail(`${p}/type`, `unsupported type: ${String(type)}`);
      return;
    }
    if (method === "views.publish" && type !== "home")
      this.fail(`${p}/type`, "views.publish takes a home view");
    if (method !== "views.publish" && method !== "views.update" && type !== "modal") {
      this.fail(`${p}/type`, `${method} takes a modal view`);
    }
    this.keys(view, p, [
      "type",
      "title",
      "blocks",
      "close",
      "submit",
      "private_metadata",
      "callback_id",
      "clear_on_close",
      "notify_on_close",
      "external_id",
      "submit_disabled",
    ]);
    if (type === "modal") {
      this.text(view, "title", p, LIMIT.viewTitle, { required: true, plainOnly: true });
      this.text(view, "submit", p, LIMIT.viewTitle, { plainOnly: true });
      this.text(view, "close", p, LIMIT.viewTitle, { plainOnly: true });
    } else {
      for (const k of ["title", "submit", "close", "clear_on_close", "notify_on_close", "submit_disabled"]) {
        if (view[k] !== undefined) this.fail(`${p}/${k}`, `not allowed in a home view: ${k}`);
      }
    }
    this.str(view, "private_metadata", p, LIMIT.privateMetadata);
    this.str(view, "callback_id", p, LIMIT.id);
    this.str(view, "external_id", p, LIMIT.id);
    if (view.blocks === undefined) {
      this.fail(p, "missing required field: blocks");
      return;
    }
    this.blocks(view.blocks, `${p}/blocks`, LIMIT.viewBlocks);
    if (type === "modal" && view.submit === undefined && Array.isArray(view.blocks)) {
      view.blocks.forEach((b, i) => {
        if (isObj(b) && b.type === "input") {
          this.fail(`${p}/blocks/${i}/input`, "must define `submit` to use an `input` block in modals");
        }
      });
    }
  }
}

/** Checks a Web API call (or a POST to a response_url, method "response_url") the way Slack would. */
export function checkSlackPayload(method: string, params: Record<string, unknown>): BlockKitCheck {
  const checker = new Checker();
  if (VIEW_METHODS.has(method)) {
    if (params.view === undefined) checker.fail("/view", "missing required field: view");
    else checker.view(params.view, method);
    // Slack refuses a bad view with invalid_arguments, a bad message with invalid_blocks.
    return checker.messages.length > 0
      ? { ok: false, error: "invalid_arguments", messages: checker.messages }
      : { ok: true };
  }
  if (!MESSAGE_METHODS.has(method) && method !== "response_url") return { ok: true };
  if (params.blocks !== undefined) checker.blocks(params.blocks, "/blocks", LIMIT.messageBlocks);
  if (checker.messages.length > 0) return { ok: false, error: "invalid_blocks", messages: checker.messages };
  const hasBlocks = Array.isArray(params.blocks) && params.blocks.length > 0;
  if (MESSAGE_METHODS.has(method) && hasBlocks) {
    // Slack only warns (missing_text_in_blocks) but the message then has no notification text: refuse.
    if (typeof params.text !== "string" || params.text.trim() === "") {
      return {
        ok: false,
        error: "invalid_arguments",
        messages: ["[ERROR] a `text` fallback is required beside `blocks` [json-pointer:/text]"],
      };
    }
  }
  return { ok: true };
}
