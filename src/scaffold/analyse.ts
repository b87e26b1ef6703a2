// Read a contract's lines into the shape of a template: title, parties, preamble, articles ▸
// clauses ▸ items, with every placeholder a field and every written clause number a reference.

import type { Lang } from "../core/bilingual.js";
import { chineseNumeral } from "../format/numerals.js";
import type { SourceLine } from "./document.js";
import { isSignatureLine, stripFurniture, type LeftOut } from "./furniture.js";
import { articleSlug, humanize, slugFromLabel, uniqueKey } from "./keys.js";
import { itemPosition, matchArticle, matchClause, matchItem, matchPlainArticle, parseNumeral, ZH_NUMERAL, type ArticleLine } from "./numbering.js";
import { scanPlaceholders, type RawPiece } from "./placeholders.js";

export type FieldKind = "text" | "plain" | "clause";

/** Where a field stands in the document. */
export interface Occurrence {
  line: number;
  /** "preamble", "parties", "1.1", "3.1 a)" */
  where: string;
  written: string;
}

/** A field of the scaffolded schema. */
export interface Field {
  /** the deal key, dotted for a party's fields (party_a.name) */
  path: string;
  label: string;
  /** the label with where it stands, when two fields share a label */
  title: string;
  labelEn: string;
  example?: string;
  kind: FieldKind;
  hint?: string;
  occurrences: Occurrence[];
  /** how its key was made */
  keyFrom: "dictionary" | "context" | "fallback" | "party" | "reference";
  /** from a placeholder of the document (not a reference, not a field the parties block adds) */
  fromPlaceholder: boolean;
  // assignment inputs
  fixedPath?: string;
  slugHint?: string;
  context?: string;
}

export type Piece = { t: "text"; s: string } | { t: "field"; field: Field } | { t: "ref"; id: string } | { t: "ref-field"; field: Field };

/** A text of the document: a preamble paragraph, a clause's or an item's text. */
export interface Holder {
  line: number;
  text: string;
  pieces: Piece[];
  where: string;
  article?: ArticleNode;
  /** a party line: its value is the party's field */
  party?: { party: PartyNode; attr: string; attrLabel: string };
  agreementNo?: boolean;
}

export interface ItemNode {
  id: string;
  written: string;
  position: number;
  holders: Holder[];
  line: number;
}

export type ClauseBody = { t: "paragraph"; holder: Holder } | { t: "item"; item: ItemNode };

export interface ClauseNode {
  id: string;
  written?: string;
  /** the key written references use: "3.1", or 条12 where 条 are clauses of 章 */
  key?: string;
  body: ClauseBody[];
  line: number;
}

export interface ArticleNode {
  id: string;
  written: string;
  number: number;
  title: string;
  clauses: ClauseNode[];
  line: number;
}

export interface PartyNode {
  key: string;
  role: string;
  roleEn: string;
  /** the role as the document writes it */
  written: string;
  line?: number;
  /** name, address, credit_code, then any other line of the party */
  fields: Map<string, Field>;
}

export interface ResolvedReference {
  line: number;
  written: string;
  target: string;
  rendersAs: string;
}

export interface Analysis {
  /** the document's language: its text is that side of the template, the other side is left to write */
  lang: Lang;
  title: string;
  titleFound: boolean;
  agreementNo?: Field;
  parties: PartyNode[];
  preamble: Holder[];
  articles: ArticleNode[];
  fields: Field[];
  /** placeholders in the document (each occurrence) */
  placeholderCount: number;
  references: ResolvedReference[];
  clauseFields: Array<{ line: number; written: string; field: Field }>;
  leftOut: LeftOut[];
  notPlaced: LeftOut[];
  notes: string[];
  truncated?: { line: number; text: string; where: string };
}

const ROLES: Record<string, string> = {
  甲方: "Party A", 乙方: "Party B", 丙方: "Party C", 丁方: "Party D",
  委托方: "Principal", 受托方: "Agent", 委托人: "Principal", 受托人: "Agent",
  出租方: "Lessor", 承租方: "Lessee", 买方: "Buyer", 卖方: "Seller", 出卖人: "Seller", 买受人: "Buyer",
  发包方: "Employer", 承包方: "Contractor", 许可方: "Licensor", 被许可方: "Licensee",
  转让方: "Transferor", 受让方: "Transferee", 借款人: "Borrower", 贷款人: "Lender",
};
/** Roles as English documents write them, with the Chinese role the template gives them. */
const EN_ROLES: Record<string, string> = {
  "Party A": "甲方", "Party B": "乙方", "Party C": "丙方", "Party D": "丁方",
  Principal: "委托方", Agent: "受托方", Lessor: "出租方", Lessee: "承租方", Buyer: "买方", Seller: "卖方",
  Licensor: "许可方", Licensee: "被许可方", Employer: "发包方", Contractor: "承包方", Transferor: "转让方", Transferee: "受让方",
  Borrower: "借款人", Lender: "贷款人", Customer: "客户", Client: "客户", Supplier: "供应商", "Service Provider": "服务商",
};
const ROLE_KEYS: Record<string, string> = { 甲方: "party_a", 乙方: "party_b", 丙方: "party_c", 丁方: "party_d", "Party A": "party_a", "Party B": "party_b", "Party C": "party_c", "Party D": "party_d" };
const ROLE_LINE = new RegExp(`^(${[...Object.keys(ROLES), ...Object.keys(EN_ROLES)].sort((a, b) => b.length - a.length).join("|")})\\s*(?:[（(][^）)]{0,40}[)）])?\\s*[:：]\\s*(.*)$`);
const ATTR_LINE = /^([^:：，,。；;]{1,30}?)\s*[:：]\s*(.*)$/;
const ADDRESS = /^(地址|住所|住所地|注册地址|通讯地址|联系地址|公司地址|办公地址|(registered |mailing |business )?address)$/i;
const CREDIT_CODE = /^(统一社会信用代码|社会信用代码|信用代码|统一社会信用代码证号|unified social credit code|credit code|USCC)$/i;
const AGREEMENT_NO = /^(合同编号|协议编号|合同号|协议号|agreement no\.?|agreement number|contract no\.?|contract number)\s*[:：]\s*(.*)$/i;
const NO_TITLE: Record<Lang, string> = { zh: "（标题）", en: "(Title)" };
const TERMINAL = /[。；;.!！?？:：)）"”’」』】\]]$/;
const ITEM_LETTERS = "abcdefghijklmnopqrstuvwxyz";

class FieldRegistry {
  readonly list: Field[] = [];
  private readonly byLabel = new Map<string, Field[]>();

  /**
   * The field for a label: the same label is one field (its example from the first occurrence
   * that has one), unless two occurrences give different examples.
   */
  get(label: string, kind: FieldKind, example: string | undefined, at: Occurrence, extra: Partial<Field> = {}): Field {
    const k = `${kind === "clause" ? "clause" : "value"}|${label}`;
    const same = this.byLabel.get(k) ?? [];
    const found = example === undefined ? same[0] : (same.find((f) => f.example === example) ?? same.find((f) => f.example === undefined));
    if (found && !extra.fixedPath) {
      if (example !== undefined && found.example === undefined) found.example = example;
      found.occurrences.push(at);
      return found;
    }
    const field: Field = {
      path: "",
      label,
      title: label,
      labelEn: "",
      kind,
      occurrences: [at],
      keyFrom: "dictionary",
      fromPlaceholder: true,
      ...(example !== undefined ? { example } : {}),
      ...extra,
    };
    this.list.push(field);
    this.byLabel.set(k, [...same, field]);
    return field;
  }

  /** Same-label fields (different examples) */
  siblings(field: Field): Field[] {
    return this.byLabel.get(`${field.kind === "clause" ? "clause" : "value"}|${field.label}`) ?? [field];
  }
}

/** The words before a text's first colon, when short: 响应时间:… → 响应时间. */
function leadIn(text: string): string | undefined {
  const m = /^([^:：，,。；;[【［]{1,10})[:：]/.exec(text);
  return m?.[1]?.trim();
}

/** Analyse a document's lines (see documentLines / readDocument). */
export function analyse(input: readonly SourceLine[], id: string): Analysis {
  const notes: string[] = [];
  const notPlaced: LeftOut[] = [];
  const stripped = stripFurniture(input);
  const leftOut = [...stripped.leftOut];
  let lines = stripped.lines;

  // the title: the first line that is not furniture, when it reads like one
  let title = id;
  let titleFound = false;
  const t = stripped.title;
  if (t) {
    const isTitle =
      t.text.length <= 60 &&
      !/[。；]$/.test(t.text) &&
      !ROLE_LINE.test(t.text) &&
      !matchArticle(t.text) &&
      !matchClause(t.text) &&
      !scanPlaceholders(t.text).some((p) => p.t === "placeholder");
    if (isTitle) {
      title = t.text;
      titleFound = true;
    } else {
      lines = [t, ...lines];
      notes.push(`no title found (line ${t.line} reads like contract text): the template's title is “${id}”; edit template.yaml`);
    }
  } else notes.push(`no title found: the template's title is “${id}”; edit template.yaml`);

  // the document's language: Chinese unless nearly all its letters are Latin
  const all = [title, ...lines.map((l) => l.text)].join("");
  const cjk = (all.match(/[\u3400-\u9fff]/g) ?? []).length;
  const latin = (all.match(/[A-Za-z]/g) ?? []).length;
  const lang: Lang = cjk * 10 >= latin ? "zh" : "en";
  const en = lang === "en";
  const colon = en ? ": " : "：";

  // how articles are written: 第X条, 第X章 (then 第X条 are its clauses), or 一、 / 1. headings
  const written = lines.map((l) => matchArticle(l.text));
  const hasZhang = written.some((a) => a?.kind === "章");
  const hasTiao = written.some((a) => a?.kind === "条");
  const zhangMode = hasZhang && hasTiao;
  const hasNumberedClauses = lines.some((l) => matchClause(l.text));
  const plainHeading = (a: ArticleLine | undefined): a is ArticleLine =>
    a !== undefined && a.rest.length <= 30 && !TERMINAL.test(a.rest) && !/[。；，,]/.test(a.rest) && (a.kind === "、" || hasNumberedClauses);
  const articleOf = (text: string): ArticleLine | undefined => {
    if (hasZhang || hasTiao) {
      const a = matchArticle(text);
      if (a && (!zhangMode || a.kind === "章")) return a;
      return undefined;
    }
    const p = matchPlainArticle(text);
    return plainHeading(p) ? p : undefined;
  };
  if (zhangMode) notes.push("the document has 章 and 条: each 第…章 became an article and each 第…条 a clause (the template numbers them 第一条 and 1.1)");
  else if (hasZhang) notes.push("articles are written 第…章: the template numbers articles 第一条, 第二条 …");

  // the signature block at the end: the engine writes its own
  const lastArticle = lines.reduce((found, l, i) => (articleOf(l.text) ? i : found), -1);
  if (lastArticle >= 0) {
    let end = lines.length;
    while (end - 1 > lastArticle && isSignatureLine((lines[end - 1] as SourceLine).text)) end--;
    for (const l of lines.slice(end)) leftOut.push({ line: l.line, text: l.raw, reason: "the signature block (the engine generates a signature page)" });
    lines = lines.slice(0, end);
  }

  const fields = new FieldRegistry();
  const holders: Holder[] = [];
  const parties: PartyNode[] = [];
  const preamble: Holder[] = [];
  const articles: ArticleNode[] = [];
  const articleIds = new Set<string>();
  let agreementNoHolder: Holder | undefined;
  let article: ArticleNode | undefined;
  let clause: ClauseNode | undefined;
  let pendingItem: ItemNode | undefined;
  let party: PartyNode | undefined;
  let preambleBeforeParties: number | undefined;
  const clauseByKey = new Map<string, ClauseNode>();
  const itemByKey = new Map<string, ItemNode>();
  const articleByNumber = new Map<number, ArticleNode>();

  const holder = (l: SourceLine, text: string, where: string): Holder => {
    const h: Holder = { line: l.line, text, pieces: [], where, ...(article ? { article } : {}) };
    holders.push(h);
    return h;
  };

  const newClause = (l: SourceLine, key: string | undefined, writtenNo: string | undefined): ClauseNode => {
    const a = article as ArticleNode;
    const c: ClauseNode = { id: `${a.id}.${a.clauses.length + 1}`, body: [], line: l.line, ...(key ? { key } : {}), ...(writtenNo ? { written: writtenNo } : {}) };
    a.clauses.push(c);
    if (key) {
      if (clauseByKey.has(key)) notes.push(`clause ${writtenNo ?? key} is written twice (line ${l.line}): references to it go to the first`);
      else clauseByKey.set(key, c);
    }
    pendingItem = undefined;
    return c;
  };

  const implicitClause = (l: SourceLine, what: string): ClauseNode => {
    const a = article as ArticleNode;
    notes.push(`${what} under ${a.written} (line ${l.line}) stands in no numbered clause: it became clause ${articles.length}.${a.clauses.length + 1}`);
    return newClause(l, undefined, undefined);
  };

  const clauseNumber = (c: ClauseNode): string => {
    const a = articles.find((x) => x.clauses.includes(c)) as ArticleNode;
    return `${articles.indexOf(a) + 1}.${a.clauses.indexOf(c) + 1}`;
  };

  for (const l of lines) {
    const text = l.text;
    const a = articleOf(text);
    if (a) {
      const n = articles.length + 1;
      if (a.number !== n) notes.push(`${a.written} (line ${l.line}) is article ${n} in order: the template numbers it 第${chineseNumeral(n)}条`);
      const restPieces = scanPlaceholders(a.rest);
      const bodyLike = a.rest === "" || a.rest.length > 30 || /[。；]$/.test(a.rest);
      let titleText = a.rest;
      if (bodyLike) titleText = NO_TITLE[lang];
      if (restPieces.some((p) => p.t === "placeholder") && !bodyLike) {
        notPlaced.push({ line: l.line, text: a.rest, reason: "a placeholder in an article title: titles hold no fields, so it stays as written" });
      }
      const id = uniqueKey(articleSlug(titleText) ?? `article_${n}`, articleIds);
      article = { id, written: a.written, number: a.number, title: titleText.replace(/\|/g, "｜"), clauses: [], line: l.line };
      articles.push(article);
      if (!articleByNumber.has(a.number)) articleByNumber.set(a.number, article);
      clause = undefined;
      pendingItem = undefined;
      party = undefined;
      if (bodyLike) {
        if (a.rest !== "") {
          notes.push(`${a.written} (line ${l.line}) has text but no title: the text became clause ${n}.1 and the title is “${NO_TITLE[lang]}”; write one in agreement.md`);
          clause = newClause(l, undefined, undefined);
          clause.body.push({ t: "paragraph", holder: holder(l, a.rest, `${n}.1`) });
        } else notes.push(`${a.written} (line ${l.line}) has no title: the title is “${NO_TITLE[lang]}”; write one in agreement.md`);
      }
      continue;
    }

    if (!article) {
      // before the first article: the agreement number, the parties, the preamble
      const an = AGREEMENT_NO.exec(text);
      if (an && !agreementNoHolder) {
        agreementNoHolder = holder(l, an[2] as string, "agreement number");
        agreementNoHolder.agreementNo = true;
        if (an[1] !== (en ? "Agreement No." : "合同编号")) notes.push(`${an[1]} (line ${l.line}) is written ${en ? "Agreement No." : "合同编号"} by the engine`);
        continue;
      }
      const role = ROLE_LINE.exec(text);
      if (role && !parties.some((p) => p.written === role[1])) {
        const roleName = role[1] as string;
        const key = ROLE_KEYS[roleName] ?? ["party_a", "party_b", "party_c", "party_d", "party_e"].find((k) => !parties.some((p) => p.key === k)) ?? `party_${parties.length + 1}`;
        const zhRole = ROLES[roleName] ? roleName : (EN_ROLES[roleName] ?? roleName);
        const enRole = ROLES[roleName] ?? (EN_ROLES[roleName] ? roleName : humanize(key));
        party = { key, role: zhRole, roleEn: enRole, written: roleName, line: l.line, fields: new Map() };
        parties.push(party);
        const before = preamble.filter((h) => !h.party).length;
        if (before > 0 && preambleBeforeParties === undefined) preambleBeforeParties = before;
        const h = holder(l, role[2] as string, "parties");
        h.party = { party, attr: "name", attrLabel: en ? "name" : "名称" };
        continue;
      }
      const attr = party ? ATTR_LINE.exec(text) : null;
      if (party && attr) {
        const label = attr[1] as string;
        const key = ADDRESS.test(label) ? "address" : CREDIT_CODE.test(label) ? "credit_code" : undefined;
        if (key && !party.fields.has(key) && !holders.some((h) => h.party?.party === party && h.party?.attr === key)) {
          const h = holder(l, attr[2] as string, "parties");
          h.party = { party, attr: key, attrLabel: en ? (key === "address" ? "Address" : "Unified Social Credit Code") : key === "address" ? "地址" : "统一社会信用代码" };
          if (key === "address" && label !== (en ? "Address" : "地址")) notes.push(`${label} (line ${l.line}) is written ${en ? "Address" : "地址"} in the parties block the engine generates`);
        } else {
          // another line of the party (法定代表人, 联系电话 …): a preamble line after the parties block
          const h = holder(l, attr[2] as string, "preamble");
          h.party = { party, attr: "", attrLabel: label };
          preamble.push(h);
          notes.push(`${party.written}'s ${label} (line ${l.line}) is not part of the generated parties block: it became the preamble line “${party.written}${en ? " " : ""}${label}${colon}…” after it`);
        }
        continue;
      }
      party = undefined;
      preamble.push(holder(l, text, "preamble"));
      continue;
    }

    // inside an article
    if (zhangMode) {
      const tiao = matchArticle(text);
      if (tiao?.kind === "条") {
        clause = newClause(l, `条${tiao.number}`, tiao.written);
        if (tiao.rest) clause.body.push({ t: "paragraph", holder: holder(l, tiao.rest, clauseNumber(clause)) });
        continue;
      }
    }
    const c = matchClause(text);
    if (c) {
      if (!zhangMode && c.article !== article.number && c.article !== articles.length) notes.push(`clause ${c.written} (line ${l.line}) stands under ${article.written}: it is numbered ${articles.length}.${article.clauses.length + 1}`);
      clause = newClause(l, `${c.article}.${c.clause}`, c.written);
      if (c.rest) clause.body.push({ t: "paragraph", holder: holder(l, c.rest, clauseNumber(clause)) });
      continue;
    }
    // 一、 items only where articles are written 第…条 (elsewhere 一、 heads an article)
    const it = matchItem(text, hasZhang || hasTiao);
    if (it) {
      if (!clause) clause = implicitClause(l, `item ${it.written}`);
      const index = clause.body.filter((b) => b.t === "item").length;
      const letter = ITEM_LETTERS[index] ?? String(index + 1);
      const item: ItemNode = { id: `${clause.id}.${letter}`, written: it.written, position: it.position, holders: [], line: l.line };
      const where = `${clauseNumber(clause)} ${letter})`;
      if (it.rest) item.holders.push(holder(l, it.rest, where));
      clause.body.push({ t: "item", item });
      if (clause.key && !itemByKey.has(`${clause.key}|${it.position}`)) itemByKey.set(`${clause.key}|${it.position}`, item);
      pendingItem = it.rest ? undefined : item;
      continue;
    }
    if (!clause) clause = implicitClause(l, "text");
    if (pendingItem) {
      pendingItem.holders.push(holder(l, text, `${clauseNumber(clause)} ${pendingItem.id.split(".").pop()})`));
      pendingItem = undefined;
      continue;
    }
    clause.body.push({ t: "paragraph", holder: holder(l, text, clauseNumber(clause)) });
  }

  if (parties.length > 0) {
    notes.push(
      `the party lines became the manifest's parties block, which the engine generates (${en ? "Party A: … / Address: … / Unified Social Credit Code: …" : "甲方：… / 地址：… / 统一社会信用代码：…, with full-width colons"}); the preamble does not repeat them`,
    );
  }
  if (preambleBeforeParties !== undefined) notes.push(`${preambleBeforeParties} preamble line${preambleBeforeParties === 1 ? "" : "s"} before the parties now follow the parties block (the engine puts the parties first)`);
  if (articles.length === 0) notes.push("no articles (第一条 / 第一章 / 一、) found: all the text is preamble");

  // ---- pass 2: placeholders become fields, written clause numbers references, in document order
  let placeholderCount = 0;
  const references: ResolvedReference[] = [];
  const clauseFields: Analysis["clauseFields"] = [];
  const renderNumber = (target: ArticleNode | ClauseNode | ItemNode): string => {
    if ("title" in target) {
      const n = articles.indexOf(target) + 1;
      return en ? `Article ${n}` : `第${chineseNumeral(n)}条`;
    }
    if ("body" in target) return en ? `Clause ${clauseNumber(target)}` : `第${clauseNumber(target)}条`;
    const c = articles.flatMap((x) => x.clauses).find((x) => x.body.some((b) => b.t === "item" && b.item === target)) as ClauseNode;
    const letter = target.id.split(".").pop() as string;
    return en ? `Clause ${clauseNumber(c)}(${letter})` : `第${clauseNumber(c)}条${letter})项`;
  };

  const ITEM_REF = (n: number): string => String.raw`(?:\s*第?\s*(?<item${n}>[(（]?\s*(?:[a-z]|${ZH_NUMERAL}|\d{1,2})\s*[)）]?)\s*项)?`;
  const REF = new RegExp(
    [
      String.raw`本条\s*第?\s*(?<here>\d{1,3}(?:\s*[.．]\s*\d{1,3})?)\s*[款条]` + ITEM_REF(1),
      String.raw`第\s*(?<num>\d{1,3}\s*[.．]\s*\d{1,3})\s*[条款]` + ITEM_REF(2),
      String.raw`(?<![\d.．])(?<bare>\d{1,3}[.．]\d{1,3})\s*[条款]` + ITEM_REF(3),
      String.raw`第\s*(?<art>${ZH_NUMERAL}|\d{1,3})\s*(?<kind>条|章)(?![款项])`,
      // English: Clause 3.1, Section 3.1(b), Article 2, Chapter 1
      String.raw`\b(?:[Cc]lause|[Ss]ection|[Pp]aragraph|[Aa]rticle)\s+(?<enNum>\d{1,3}\.\d{1,3})(?![\d.]*\d)(?:\s*\((?<item4>[a-z])\))?`,
      String.raw`\b(?<enKind>[Aa]rticle|ARTICLE|[Cc]hapter)\s+(?<enArt>\d{1,3}|[IVXLC]{1,6})\b(?![.]\d)`,
    ].join("|"),
    "g",
  );
  const LAW_BEFORE = /(》|法|条例|规定|办法|细则|解释|公约|章程)\s*$/;
  // English citations name the law after the number: Article 577 of the Civil Code
  const LAW_AFTER = /^\s+of\s+(the\s+)?[A-Z]/;

  const resolveRef = (m: RegExpMatchArray, h: Holder): { target?: ArticleNode | ClauseNode | ItemNode; ours: boolean; slug: string } => {
    const g = m.groups ?? {};
    const norm = (s: string): string => s.replace(/\s+/g, "").replace("．", ".");
    const item = g.item1 ?? g.item2 ?? g.item3 ?? g.item4;
    let key: string | undefined;
    if (g.here !== undefined) {
      const here = norm(g.here);
      key = here.includes(".") ? here : h.article ? `${h.article.number}.${here}` : undefined;
      if (!key) return { ours: false, slug: "" };
    } else if (g.num !== undefined || g.bare !== undefined || g.enNum !== undefined) key = norm((g.num ?? g.bare ?? g.enNum) as string);
    if (key !== undefined) {
      const slug = `clause_${key.replace(/\./g, "_")}`;
      const c = clauseByKey.get(key);
      if (item !== undefined) {
        const pos = itemPosition(item);
        const target = pos !== undefined ? itemByKey.get(`${key}|${pos}`) : undefined;
        return { ...(target ? { target } : {}), ours: true, slug: `${slug}_${pos ?? "item"}` };
      }
      return { ...(c ? { target: c } : {}), ours: true, slug };
    }
    if (g.enArt !== undefined) {
      const n = /^\d/.test(g.enArt) ? Number(g.enArt) : (matchArticle(`Article ${g.enArt}`)?.number ?? 0);
      const chapter = /^chapter/i.test(g.enKind ?? "");
      if (chapter ? !hasZhang : zhangMode || !hasTiao) return { ours: false, slug: "" };
      const target = articleByNumber.get(n);
      return { ...(target ? { target } : {}), ours: true, slug: `${chapter ? "chapter" : "article"}_${n}` };
    }
    const n = parseNumeral(g.art as string);
    if (n === undefined) return { ours: false, slug: "" };
    if (g.kind === "章") {
      if (!hasZhang) return { ours: false, slug: "" };
      const target = articleByNumber.get(n);
      return { ...(target ? { target } : {}), ours: true, slug: `chapter_${n}` };
    }
    if (zhangMode) {
      const target = clauseByKey.get(`条${n}`);
      return { ...(target ? { target } : {}), ours: true, slug: `clause_${n}` };
    }
    if (!hasTiao) return { ours: false, slug: "" };
    const target = articleByNumber.get(n);
    return { ...(target ? { target } : {}), ours: true, slug: `article_${n}` };
  };

  const refPieces = (text: string, h: Holder): Piece[] => {
    if (h.agreementNo || h.party?.attr) return [{ t: "text", s: text }];
    const out: Piece[] = [];
    let last = 0;
    for (const m of text.matchAll(REF)) {
      const before = text.slice(0, m.index);
      if (LAW_BEFORE.test(before) || LAW_AFTER.test(text.slice(m.index + m[0].length))) continue;
      const r = resolveRef(m, h);
      if (!r.ours) continue;
      if (m.index > last) out.push({ t: "text", s: text.slice(last, m.index) });
      last = m.index + m[0].length;
      const writtenRef = m[0].replace(/\s+/g, "");
      if (r.target) {
        out.push({ t: "ref", id: r.target.id });
        references.push({ line: h.line, written: m[0], target: r.target.id, rendersAs: renderNumber(r.target) });
      } else {
        const field = fields.get(en ? m[0].trim() : writtenRef, "clause", undefined, { line: h.line, where: h.where, written: m[0] }, {
          slugHint: r.slug,
          keyFrom: "reference",
          fromPlaceholder: false,
          hint: en ? `written “${m[0]}”, a clause the document does not have: give the clause's id or number` : `原文为“${writtenRef}”，但文档中没有这一条：请填写所指条款的 id 或编号`,
        });
        out.push({ t: "ref-field", field });
        clauseFields.push({ line: h.line, written: m[0], field });
      }
    }
    if (last < text.length) out.push({ t: "text", s: text.slice(last) });
    return out;
  };

  const fieldFor = (p: Extract<RawPiece, { t: "placeholder" }>, h: Holder, extra: Partial<Field> = {}, kind: FieldKind = "text"): Field => {
    placeholderCount++;
    const context = leadIn(h.text);
    return fields.get(p.label, p.clause ? "clause" : kind, p.example, { line: h.line, where: h.where, written: p.written }, {
      ...(context && !h.text.startsWith(p.written) ? { context } : {}),
      ...(p.example !== undefined ? { hint: en ? `e.g. ${p.example}` : `例如：${p.example}` } : {}),
      ...(p.clause ? { hint: en ? `written “${p.written}”: give the clause's id or number` : `原文为“${p.written}”：请填写所指条款的 id 或编号` } : {}),
      ...extra,
    });
  };

  const partyField = (h: Holder): void => {
    const { party: pn, attr, attrLabel } = h.party as NonNullable<Holder["party"]>;
    const raw = scanPlaceholders(h.text);
    const phs = raw.filter((p): p is Extract<RawPiece, { t: "placeholder" }> => p.t === "placeholder");
    const rest = raw.filter((p) => p.t === "text" && p.s.trim() !== "");
    const extraKey = attr === "" ? (slugFromLabel(attrLabel) ?? "detail") : attr;
    let path = `${pn.key}.${extraKey}`;
    for (let n = 2; pn.fields.has(path.slice(pn.key.length + 1)); n++) path = `${pn.key}.${extraKey}_${n}`;
    const kind: FieldKind = attr === "credit_code" ? "plain" : "text";
    const where = attr === "" ? "preamble" : "parties";
    const labelOf = en ? `${pn.written} ${attrLabel}` : `${pn.role}${attrLabel}`;
    let field: Field;
    const first = phs[0];
    if (first && first.form === "bracket" && !first.clause) {
      field = fieldFor(first, h, { fixedPath: path, keyFrom: "party" }, kind);
      if (phs.length > 1 || rest.length > 0) notPlaced.push({ line: h.line, text: h.text, reason: `only the placeholder ${first.written} of ${pn.written}'s ${attrLabel} line fits its field: the rest is left out` });
    } else if (first) {
      placeholderCount++;
      field = fields.get(labelOf, kind, undefined, { line: h.line, where, written: first.written }, { fixedPath: path, keyFrom: "party" });
      if (phs.length > 1 || rest.length > 0) notPlaced.push({ line: h.line, text: h.text, reason: `only the blank of ${pn.written}'s ${attrLabel} line fits its field: the rest is left out` });
    } else {
      const value = h.text.trim();
      field = fields.get(labelOf, kind, value === "" ? undefined : value, { line: h.line, where, written: value }, { fixedPath: path, keyFrom: "party", fromPlaceholder: false });
      if (value !== "") notes.push(`${pn.written}'s ${attrLabel} (line ${h.line}) is written out (“${value}”), not left blank: it became field ${path} with that value as its example`);
    }
    pn.fields.set(path.slice(pn.key.length + 1), field);
    h.pieces = attr === "" ? [{ t: "text", s: en ? `${pn.written} ${attrLabel}: ` : `${pn.role}${attrLabel}：` }, { t: "field", field }] : [{ t: "field", field }];
  };

  const ordered = [...holders].sort((x, y) => x.line - y.line);
  for (const h of ordered) {
    if (h.party) {
      partyField(h);
      continue;
    }
    if (h.agreementNo) {
      const first = scanPlaceholders(h.text).find((p): p is Extract<RawPiece, { t: "placeholder" }> => p.t === "placeholder");
      const value = h.text.trim();
      const extra: Partial<Field> = { fixedPath: "agreement_no", keyFrom: "party" };
      let field: Field;
      if (first?.form === "bracket") field = fieldFor(first, h, extra, "plain");
      else if (first) {
        placeholderCount++;
        field = fields.get("合同编号", "plain", undefined, { line: h.line, where: h.where, written: first.written }, extra);
      } else field = fields.get("合同编号", "plain", value || undefined, { line: h.line, where: h.where, written: value }, { ...extra, fromPlaceholder: false });
      h.pieces = [{ t: "field", field }];
      continue;
    }
    for (const p of scanPlaceholders(h.text)) {
      if (p.t === "text") {
        h.pieces.push(...refPieces(p.s, h));
        continue;
      }
      const field = fieldFor(p, h);
      h.pieces.push(p.clause ? { t: "ref-field", field } : { t: "field", field });
      if (p.clause) clauseFields.push({ line: h.line, written: p.written, field });
    }
    // merge adjacent text
    h.pieces = h.pieces.reduce<Piece[]>((acc, p) => {
      const prev = acc.at(-1);
      if (p.t === "text" && prev?.t === "text") prev.s += p.s;
      else acc.push(p.t === "text" ? { ...p } : p);
      return acc;
    }, []);
  }

  // ---- the parties block: the manifest needs two parties, each with name, address, credit code
  for (const role of ["甲方", "乙方"]) {
    if (parties.length >= 2) break;
    if (parties.some((p) => p.role === role)) continue;
    const roleEn = ROLES[role] as string;
    const key = ROLE_KEYS[role] as string;
    parties.push({ key: parties.some((p) => p.key === key) ? `party_${parties.length + 1}` : key, role, roleEn, written: en ? roleEn : role, fields: new Map() });
    notes.push(`the document names no ${en ? roleEn : role}: the template has one (${key}), because the engine's parties block needs two parties`);
  }
  for (const pn of parties) {
    for (const [attr, zhLabel, enLabel] of [["name", "名称", "name"], ["address", "地址", "address"], ["credit_code", "统一社会信用代码", "Unified Social Credit Code"]] as const) {
      if (pn.fields.has(attr)) continue;
      const label = en ? enLabel : zhLabel;
      const fieldLabel = en ? `${pn.written} ${label}` : `${pn.role}${label}`;
      const field = fields.get(fieldLabel, attr === "credit_code" ? "plain" : "text", undefined, { line: pn.line ?? 0, where: "parties", written: "" }, {
        fixedPath: `${pn.key}.${attr}`,
        keyFrom: "party",
        fromPlaceholder: false,
      });
      pn.fields.set(attr, field);
      notes.push(`the generated parties block shows ${pn.written}'s ${label}, which the document does not give: field ${pn.key}.${attr} (label ${fieldLabel})`);
    }
    // the block's order: name, address, credit code, then the rest
    pn.fields = new Map([...pn.fields.entries()].sort(([a], [b]) => partyOrder(a) - partyOrder(b)));
  }

  // ---- keys
  const taken = new Set<string>(["template", ...parties.map((p) => p.key), ...(agreementNoHolder ? ["agreement_no"] : [])]);
  let fallback = 0;
  for (const f of fields.list) {
    if (f.fixedPath) {
      f.path = f.fixedPath;
      continue;
    }
    const siblings = fields.siblings(f);
    let base = f.slugHint ?? slugFromLabel(f.label);
    if (siblings.length > 1) {
      const where = f.occurrences[0]?.where ?? "";
      const place = /^\d/.test(where) ? `第${where.replace(" ", "条")}${where.includes(" ") ? "项" : "条"}` : where === "preamble" ? "前言" : where === "parties" ? "当事人" : where;
      f.title = `${f.label}（${place}）`;
      const ctx = f.context ? slugFromLabel(f.context) : undefined;
      if (ctx && base) {
        const words = [...ctx.split("_"), ...base.split("_").filter((w) => !ctx.split("_").includes(w))];
        base = words.join("_");
        f.keyFrom = "context";
      }
    }
    if (!base) {
      fallback++;
      base = `field_${fallback}`;
      f.keyFrom = "fallback";
    }
    f.path = uniqueKey(base, taken);
  }
  for (const f of fields.list) f.labelEn = humanize(f.path.split(".").pop() as string);
  for (const pn of parties) {
    const name = pn.fields.get("name");
    if (name) name.labelEn = `Name of ${pn.roleEn}`;
    const address = pn.fields.get("address");
    if (address) address.labelEn = `Address of ${pn.roleEn}`;
    const code = pn.fields.get("credit_code");
    if (code) code.labelEn = `Unified Social Credit Code of ${pn.roleEn}`;
  }

  // ---- a document cut off in its last article
  const last = articles.at(-1);
  let truncated: Analysis["truncated"];
  if (last) {
    const lastClause = last.clauses.at(-1);
    if (!lastClause) truncated = { line: last.line, text: `${last.written}${last.title}`, where: `${last.written} has its heading and no text` };
    else {
      const b = lastClause.body.at(-1);
      const h = b?.t === "paragraph" ? b.holder : b?.item.holders.at(-1);
      if (!h) truncated = { line: lastClause.line, text: lastClause.written ?? "", where: `clause ${clauseNumber(lastClause)} has no text` };
      else if (!TERMINAL.test(h.text.trim())) truncated = { line: h.line, text: h.text, where: `${h.where.includes(" ") ? "item" : "clause"} ${h.where} ends mid-sentence (“${h.text.slice(-12)}”)` };
    }
  }
  if (truncated) notes.push(`the document seems cut off: ${truncated.where} (line ${truncated.line}); it is kept as written: complete it in agreement.md`);

  return {
    lang,
    title,
    titleFound,
    ...(agreementNoHolder ? { agreementNo: agreementNoHolder.pieces.find((p): p is Extract<Piece, { t: "field" }> => p.t === "field")?.field as Field } : {}),
    parties,
    preamble,
    articles,
    fields: fields.list,
    placeholderCount,
    references,
    clauseFields,
    leftOut: leftOut.sort((a, b) => a.line - b.line),
    notPlaced,
    notes,
    ...(truncated ? { truncated } : {}),
  };
}

function partyOrder(attr: string): number {
  return attr === "name" ? 0 : attr === "address" ? 1 : attr === "credit_code" ? 2 : 3;
}
