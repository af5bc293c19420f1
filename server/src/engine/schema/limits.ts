/** Larger settings files are refused unread: a settings file is a few kilobytes. */
export const MAX_SCHEMA_BYTES = 1024 * 1024;

export function tooLarge(bytes: number): string {
  return `the file is ${(bytes / 1024 / 1024).toFixed(1)} MiB; settings files may be at most 1 MiB: remove what is not needed`;
}
