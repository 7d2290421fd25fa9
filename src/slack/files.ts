import type { WebClient } from "@slack/web-api";

/** The app's DM with the person (conversations.open): where reports, exports and my-data files go. */
export async function openDm(client: WebClient, userId: string): Promise<string> {
  const res = await client.conversations.open({ users: userId });
  const id = res.channel?.id;
  if (!id) throw new Error(`conversations.open gave no channel for ${userId}`);
  return id;
}

export interface FileToShare {
  /** a channel or DM id (not a user id: open the DM with conversations.open first) */
  channelId: string;
  filename: string;
  title: string;
  content: Buffer | string;
  /** posted with the file, as mrkdwn: escape user text */
  initialComment?: string;
  /** a short description of an image, read out by screen readers */
  altText?: string;
}

/**
 * Uploads a file and shares it in a channel (files.uploadV2: getUploadURLExternal, the upload,
 * completeUploadExternal) and gives its id, e.g. for an image block's `slack_file: { id }`.
 */
export async function shareFile(client: WebClient, file: FileToShare): Promise<string> {
  const content = typeof file.content === "string" ? Buffer.from(file.content, "utf8") : file.content;
  const res = await client.files.uploadV2({
    channel_id: file.channelId,
    file: content,
    filename: file.filename,
    title: file.title,
    ...(file.initialComment ? { initial_comment: file.initialComment } : {}),
    ...(file.altText ? { alt_text: file.altText } : {}),
  });
  const uploads = (res as { files?: { files?: { id?: string }[] }[] }).files ?? [];
  const id = uploads[0]?.files?.[0]?.id;
  if (!id) throw new Error(`files.uploadV2 gave no file id for ${file.filename}`);
  return id;
}

/**
 * Several files shared in one message (files.uploadV2 with `file_uploads`): the report's charts
 * arrive together, once. Gives the files' ids in order.
 */
export async function shareFiles(
  client: WebClient,
  input: {
    channelId: string;
    initialComment: string;
    files: readonly Omit<FileToShare, "channelId" | "initialComment">[];
  },
): Promise<string[]> {
  const res = await client.files.uploadV2({
    channel_id: input.channelId,
    initial_comment: input.initialComment,
    file_uploads: input.files.map((f) => ({
      file: typeof f.content === "string" ? Buffer.from(f.content, "utf8") : f.content,
      filename: f.filename,
      title: f.title,
      ...(f.altText ? { alt_text: f.altText } : {}),
    })),
  });
  const uploads = (res as { files?: { files?: { id?: string }[] }[] }).files ?? [];
  const ids = uploads.flatMap((u) => (u.files ?? []).flatMap((f) => (f.id ? [f.id] : [])));
  if (ids.length !== input.files.length) throw new Error("files.uploadV2 gave fewer file ids than files");
  return ids;
}
