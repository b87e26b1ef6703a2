// Bilingual text: every message, label and clause of an agreement exists in both languages.

export type Lang = "zh" | "en";
export const LANGS: readonly Lang[] = ["zh", "en"];

export interface Bilingual<T> {
  zh: T;
  en: T;
}
