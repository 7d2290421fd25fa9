/**
 * The bot scope each Web API method we call needs. The manifest test derives the needed scopes
 * from the methods the source calls, so manifest.json asks for exactly these and no more.
 */
export const METHOD_SCOPES: Record<string, string[]> = {
  "auth.test": [],
  "users.info": ["users:read"],
  "chat.postMessage": ["chat:write"],
  "chat.update": ["chat:write"],
  "chat.postEphemeral": ["chat:write"],
  "chat.delete": ["chat:write"],
  "views.open": [],
  "views.update": [],
  "views.push": [],
  "views.publish": [],
  "conversations.create": ["groups:write"],
  "conversations.invite": ["groups:write"],
  "conversations.archive": ["groups:write"],
  "conversations.setPurpose": ["groups:write"],
  "conversations.setTopic": ["groups:write"],
  "conversations.info": ["groups:read"],
  // private channels only: the outbox looks for its own channel after a lost create answer
  "conversations.list": ["groups:read"],
  "conversations.members": ["groups:read"],
  "conversations.open": ["im:write"],
  "pins.add": ["pins:write"],
  "pins.remove": ["pins:write"],
  "bookmarks.add": ["bookmarks:write"],
  // getUploadURLExternal, the upload and completeUploadExternal
  "files.uploadV2": ["files:write"],
};

/** Scopes that no single method call shows: slash commands, and posting into public channels unjoined. */
export const EXTRA_SCOPES = [
  "commands",
  // The sign-up announcement goes to a public channel of the manager's choice, which the bot has not joined.
  "chat:write.public",
];

/** Never requested: Tandem does not read conversations. */
export const FORBIDDEN_SCOPES = [
  "channels:history",
  "groups:history",
  "im:history",
  "mpim:history",
  "search:read",
  "files:read",
];
