import type { Bilingual, Lang } from "../core/bilingual.js";

/**
 * A rule's messages, by id, in both languages (as ESLint's `meta.messages`). A message names
 * what varies as `{{name}}`; the report gives the values as `data`. Keeping the wording in one
 * table lets tests check which message a rule gave (its id) without pinning the words.
 */
export type MessageTable<Id extends string = string> = Readonly<Record<Id, Bilingual<string>>>;

/**
 * The values of a message's placeholders. A bilingual value gives each language its own words
 * (a clause name, a list in each language's punctuation); a string or a number reads the same
 * in both.
 */
export type MessageData = Readonly<Record<string, string | number | Bilingual<string>>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The placeholders a message uses, in order of first use. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/** Thrown for a report that its rule's table cannot fill: a bug in the rule, never the user's input. */
export class MessageError extends Error {}

function fill(template: string, data: MessageData, lang: Lang, where: string): string {
  // one pass, so that a value that itself contains `{{…}}` (a deal's text) stays as it is
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = Object.hasOwn(data, name) ? data[name] : undefined;
    if (value === undefined) throw new MessageError(`${where}: no data for {{${name}}}`);
    return typeof value === "object" ? value[lang] : String(value);
  });
}

/** The message `messageId` of `ruleId`'s table, with `data` put in, in both languages. */
export function formatMessage(ruleId: string, messages: MessageTable, messageId: string, data: MessageData = {}): Bilingual<string> {
  const template = Object.hasOwn(messages, messageId) ? messages[messageId] : undefined;
  if (!template) throw new MessageError(`rule ${ruleId} reports message "${messageId}", which is not in its messages table`);
  const where = `rule ${ruleId}, message "${messageId}"`;
  return { en: fill(template.en, data, "en", `${where} (en)`), zh: fill(template.zh, data, "zh", `${where} (zh)`) };
}
