import type { Bilingual } from "../../core/bilingual.js";
import { uiLang } from "./dom.js";

/** The page's own words, in both languages: the deal's labels come from the schema. */
const WORDS = {
  deals: { zh: "交易文件", en: "Deal files" },
  folder: { zh: "文件夹", en: "Folder" },
  status: { zh: "检查结果", en: "Lint status" },
  clean: { zh: "无问题", en: "no problems" },
  errors: { zh: "个错误", en: " errors" },
  warnings: { zh: "个警告", en: " warnings" },
  unreadable: { zh: "无法读取", en: "cannot be read" },
  newDeal: { zh: "新建交易文件", en: "New deal" },
  template: { zh: "模板", en: "Template" },
  fileName: { zh: "文件名", en: "File name" },
  create: { zh: "创建", en: "Create" },
  layout: { zh: "版式", en: "Layout" },
  parallel: { zh: "中英对照", en: "Parallel" },
  stacked: { zh: "中英上下", en: "Stacked" },
  zhOnly: { zh: "仅中文", en: "Chinese only" },
  enOnly: { zh: "仅英文", en: "English only" },
  save: { zh: "保存", en: "Save" },
  saved: { zh: "已保存", en: "Saved" },
  unsaved: { zh: "有未保存的修改", en: "Unsaved changes" },
  changedOnDisk: {
    zh: "该文件在打开后已在磁盘上被修改，未保存任何内容。请重新打开文件后再修改。",
    en: "The file changed on disk since you opened it: nothing was saved. Open it again to see the new version, then make your changes.",
  },
  downloadDocx: { zh: "下载 DOCX", en: "Download DOCX" },
  downloadMd: { zh: "下载 Markdown", en: "Download Markdown" },
  findings: { zh: "检查发现", en: "Findings" },
  noFindings: { zh: "未发现问题", en: "No problems found" },
  preview: { zh: "预览", en: "Preview" },
  form: { zh: "交易信息", en: "Deal" },
  example: { zh: "示例", en: "Example" },
  chinese: { zh: "中文", en: "Chinese" },
  english: { zh: "英文", en: "English" },
  empty: { zh: "（未填写）", en: "(not given)" },
  optionalClause: { zh: "可选条款", en: "Optional clause" },
  back: { zh: "全部交易文件", en: "All deals" },
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
} satisfies Record<string, Bilingual<string>>;

export type Word = keyof typeof WORDS;

export const t = (word: Word): string => WORDS[word][uiLang()];

/** A bilingual text from the schema or a finding, in the page's language. */
export const inLang = (text: Bilingual<string>): string => text[uiLang()];
