// Readable ASCII keys for the fields and ids a scaffolded template uses, derived from the
// document's Chinese labels through a small dictionary of contract vocabulary. No pinyin, no
// translation service: a label the dictionary does not know gets `field_<n>` (fields) or
// `article_<n>` (articles), and the report says so.

/** Chinese term → key words. Longer terms win over their parts (服务内容 over 服务). */
const FIELD_TERMS: ReadonlyArray<readonly [string, string]> = [
  // parties and identities
  ["统一社会信用代码", "credit_code"],
  ["社会信用代码", "credit_code"],
  ["信用代码", "credit_code"],
  ["法定代表人", "legal_representative"],
  ["授权代表", "authorised_representative"],
  ["公司名称", "name"],
  ["名称", "name"],
  ["姓名", "name"],
  ["公司地址", "address"],
  ["注册地址", "address"],
  ["通讯地址", "address"],
  ["联系地址", "address"],
  ["地址", "address"],
  ["住所", "address"],
  ["联系人", "contact"],
  ["联系电话", "phone"],
  ["电话", "phone"],
  ["手机", "mobile"],
  ["电子邮箱", "email"],
  ["电子邮件", "email"],
  ["邮箱", "email"],
  ["传真", "fax"],
  ["职务", "title"],
  ["职位", "title"],
  ["开户银行", "bank"],
  ["开户行", "bank"],
  ["银行账号", "account_number"],
  ["账号", "account_number"],
  ["户名", "account_name"],
  ["身份证号码", "id_number"],
  ["身份证号", "id_number"],
  ["证件号码", "id_number"],
  ["合同编号", "agreement_no"],
  ["协议编号", "agreement_no"],
  ["编号", "number"],
  // services and scope
  ["服务内容", "service_description"],
  ["服务范围", "service_scope"],
  ["服务级别", "service_level"],
  ["服务量", "service_volume"],
  ["服务期限", "service_term"],
  ["服务地点", "service_location"],
  ["支持方式", "support_method"],
  ["计算方式", "calculation"],
  ["支付方式", "payment_method"],
  ["方式", "method"],
  ["支持", "support"],
  ["产品", "product"],
  ["项目", "project"],
  ["交付物", "deliverables"],
  ["标的", "subject_matter"],
  ["用途", "purpose"],
  ["目标", "target"],
  ["标准", "standard"],
  ["要求", "requirements"],
  ["地点", "place"],
  ["响应", "response"],
  ["处理", "resolution"],
  ["可用性", "availability"],
  ["满意度", "satisfaction"],
  // quantities and time
  ["客户数量", "customer_count"],
  ["人数", "headcount"],
  ["数量", "quantity"],
  ["次数", "count"],
  ["份数", "copies"],
  ["天数", "days"],
  ["日数", "days"],
  ["工作日", "business_days"],
  ["小时", "hours"],
  ["分钟", "minutes"],
  ["月数", "months"],
  ["年限", "years"],
  ["时间周期", "interval"],
  ["周期", "interval"],
  ["期限", "term"],
  ["期间", "period"],
  ["日期", "date"],
  ["时间", "time"],
  // money
  ["服务费", "service_fee"],
  ["违约金", "penalty"],
  ["金额", "amount"],
  ["总价", "total_price"],
  ["单价", "unit_price"],
  ["价款", "price"],
  ["价格", "price"],
  ["费用", "fee"],
  ["税率", "tax_rate"],
  ["利率", "interest_rate"],
  ["费率", "rate"],
  ["百分比", "percent"],
  ["比例", "ratio"],
  // clauses and disputes
  ["条款号", "clause"],
  ["条款编号", "clause"],
  ["条号", "clause"],
  ["条款", "clause"],
  ["仲裁委员会", "arbitration_institution"],
  ["仲裁机构", "arbitration_institution"],
  ["仲裁地", "arbitration_seat"],
  ["法院", "court"],
  ["保密期限", "confidentiality_term"],
  ["甲方", "party_a"],
  ["乙方", "party_b"],
  ["服务", "service"],
  ["内容", "content"],
  ["范围", "scope"],
  ["地区", "region"],
  ["城市", "city"],
  ["人员", "staff"],
  ["名单", "list"],
  ["系统", "system"],
  ["平台", "platform"],
  ["渠道", "channel"],
  ["指标", "metric"],
  ["等级", "level"],
  ["级别", "level"],
  ["分数", "score"],
  ["评分", "score"],
  ["次", "count"],
];

/** Words that join two terms: kept only between two of them. */
const CONNECTORS: ReadonlyArray<readonly [string, string]> = [
  ["或者", "or"],
  ["或", "or"],
  ["以及", "and"],
  ["及", "and"],
  ["和", "and"],
  ["与", "and"],
];

/** Article titles → article ids (the first term found wins). */
const ARTICLE_TERMS: ReadonlyArray<readonly [string, string]> = [
  ["服务范围", "scope"],
  ["服务内容", "scope"],
  ["合同标的", "subject"],
  ["标的", "subject"],
  ["定义", "definitions"],
  ["总则", "general"],
  ["范围", "scope"],
  ["团队", "team"],
  ["人员", "staff"],
  ["服务水平", "sla"],
  ["服务级别", "sla"],
  ["SLA", "sla"],
  ["费用", "fees"],
  ["价款", "fees"],
  ["支付", "payment"],
  ["付款", "payment"],
  ["发票", "invoicing"],
  ["交付", "delivery"],
  ["交货", "delivery"],
  ["劳动报酬", "remuneration"],
  ["工资", "remuneration"],
  ["工作内容", "duties"],
  ["验收", "acceptance"],
  ["知识产权", "ip"],
  ["保密", "confidentiality"],
  ["个人信息", "data_protection"],
  ["数据", "data_protection"],
  ["陈述", "warranties"],
  ["保证", "warranties"],
  ["违约", "liability"],
  ["责任", "liability"],
  ["不可抗力", "force_majeure"],
  ["期限", "term"],
  ["终止", "termination"],
  ["解除", "termination"],
  ["通知", "notices"],
  ["争议", "disputes"],
  ["法律适用", "governing_law"],
  ["生效", "effectiveness"],
  ["其他", "miscellaneous"],
  ["其它", "miscellaneous"],
  ["附则", "miscellaneous"],
  ["权利", "rights"],
  ["义务", "obligations"],
  // English titles (matched regardless of case)
  ["definition", "definitions"],
  ["scope", "scope"],
  ["service level", "sla"],
  ["fee", "fees"],
  ["price", "fees"],
  ["payment", "payment"],
  ["invoic", "invoicing"],
  ["deliver", "delivery"],
  ["obligation", "obligations"],
  ["licen", "license"],
  ["service", "services"],
  ["acceptance", "acceptance"],
  ["intellectual property", "ip"],
  ["confidential", "confidentiality"],
  ["data", "data_protection"],
  ["warrant", "warranties"],
  ["liabilit", "liability"],
  ["remed", "liability"],
  ["breach", "liability"],
  ["indemn", "indemnity"],
  ["force majeure", "force_majeure"],
  ["terminat", "termination"],
  ["term", "term"],
  ["notice", "notices"],
  ["dispute", "disputes"],
  ["governing law", "governing_law"],
  ["miscellaneous", "miscellaneous"],
  ["general", "general"],
];

/** English words that say nothing about a field. */
const EN_STOP = new Set(["the", "a", "an", "of", "to", "for", "in", "on", "at", "by", "with", "specific", "e", "g", "eg", "insert", "enter"]);

const FIELD_SORTED = [...FIELD_TERMS, ...CONNECTORS].sort((a, b) => b[0].length - a[0].length);

/**
 * A key made of the dictionary terms a label contains, in order: 具体服务范围描述 → service_scope,
 * 指定联系人姓名及职务 → contact_name_and_title. In a label with 的, the words after the last 的
 * (the head noun) are tried first. Undefined when no term matches.
 */
export function slugFromLabel(label: string): string | undefined {
  const de = label.lastIndexOf("的");
  if (de >= 0 && de < label.length - 1) {
    const head = slugOf(label.slice(de + 1));
    if (head) return head;
  }
  return slugOf(label);
}

function slugOf(written: string): string | undefined {
  // year(s) → years
  const label = written.replace(/\(s\)/g, "s");
  const tokens: Array<{ word: string; connector: boolean }> = [];
  let i = 0;
  while (i < label.length) {
    const party = /^party\s+([a-d])\b/i.exec(label.slice(i));
    if (party) {
      tokens.push({ word: `party_${(party[1] as string).toLowerCase()}`, connector: false });
      i += party[0].length;
      continue;
    }
    const ascii = /^[A-Za-z][A-Za-z0-9]*/.exec(label.slice(i));
    if (ascii) {
      const word = ascii[0].toLowerCase();
      if (word === "or" || word === "and") tokens.push({ word, connector: true });
      else if (!EN_STOP.has(word)) tokens.push({ word, connector: false });
      i += ascii[0].length;
      continue;
    }
    const hit = FIELD_SORTED.find(([zh]) => label.startsWith(zh, i));
    if (hit) {
      tokens.push({ word: hit[1], connector: CONNECTORS.some(([zh]) => zh === hit[0]) });
      i += hit[0].length;
    } else i += 1;
  }
  // connectors only between two terms, and never two in a row
  const kept = tokens.filter((t, k) => !t.connector || (k > 0 && k < tokens.length - 1 && !tokens[k - 1]?.connector && tokens.slice(k + 1).some((n) => !n.connector)));
  const words: string[] = [];
  for (const t of kept) for (const w of t.word.split("_")) if (t.connector || !words.includes(w)) words.push(w);
  while (words.length > 0 && (words.at(-1) === "or" || words.at(-1) === "and")) words.pop();
  if (words.length === 0 || words.every((w) => w === "or" || w === "and")) return undefined;
  return words.slice(0, 6).join("_");
}

/** An article's id from its title: 服务水平协议(SLA) → sla. */
export function articleSlug(title: string): string | undefined {
  let best: { at: number; slug: string } | undefined;
  const lower = title.toLowerCase();
  for (const [zh, slug] of ARTICLE_TERMS) {
    const at = lower.indexOf(zh.toLowerCase());
    if (at >= 0 && (!best || at < best.at)) best = { at, slug };
  }
  return best?.slug;
}

// Words a Handlebars expression or the deal file gives a meaning of their own.
const RESERVED = new Set(["else", "this", "true", "false", "null", "undefined", "template", "ref", "ref_field", "field", "is", "if", "unless", "each", "with", "lookup", "log"]);

/** A key made unique among `taken` by a numeric suffix: time, time_2, time_3. */
export function uniqueKey(base: string, taken: Set<string>): string {
  const safe = RESERVED.has(base) ? `${base}_value` : base;
  let key = safe;
  for (let n = 2; taken.has(key); n++) key = `${safe}_${n}`;
  taken.add(key);
  return key;
}

/** A key's words as an English label: contact_name_and_title → Contact name and title. */
export function humanize(key: string): string {
  const text = key.replace(/_/g, " ").replace(/\s+(\d+)$/, " $1");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
