/** A company name made safe for a file name on every file system (at most 80 characters; '' when nothing is left). */
export function fileNamePart(text: string): string {
  return text.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}
