import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBracket, scanPlaceholders, slugFromLabel } from "../../src/scaffold/index.js";
import { contractPart, readSchema, renderSampleZh, scaffoldInto, schemaFields } from "./scaffold-helpers.js";

const HEAD = "服务协议\n甲方：[甲方公司名称]\n乙方：[乙方公司名称]\n";

/** The fields of a scaffold of `body` (after a title and two party lines), by x-label. */
function fieldsOf(body: string, id = "forms"): { dir: string; byLabel: Map<string, { path: string; example?: unknown; kind?: string }>; source: string; rendered: string } {
  const { dir } = scaffoldInto(`${HEAD}${body}`, id);
  const byLabel = new Map(
    schemaFields(readSchema(dir, id)).map((f) => [f.node["x-label"]?.zh ?? "", { path: f.path, example: f.node.examples?.[0], kind: f.node["x-kind"] }] as const),
  );
  return { dir, byLabel, source: readFileSync(join(dir, "agreement.md"), "utf8"), rendered: contractPart(renderSampleZh(dir)) };
}

describe("bracketed placeholders", () => {
  it.each([
    ["[服务内容]", { label: "服务内容" }],
    ["【服务内容】", { label: "服务内容" }],
    ["［服务内容］", { label: "服务内容" }],
    ["[服务内容,例如:软件开发]", { label: "服务内容", example: "软件开发" }],
    ["[服务内容，例如：软件开发]", { label: "服务内容", example: "软件开发" }],
    ["[服务内容,例如：软件开发]", { label: "服务内容", example: "软件开发" }],
    ["【服务内容，例如:软件开发】", { label: "服务内容", example: "软件开发" }],
    ["【服务内容:例如:软件开发】", { label: "服务内容", example: "软件开发" }],
    ["［服务内容；如：软件开发］", { label: "服务内容", example: "软件开发" }],
    ["[服务内容（例如：软件开发）]", { label: "服务内容", example: "软件开发" }],
    ["[服务内容例如：软件开发]", { label: "服务内容", example: "软件开发" }],
  ])("%s", (written, expected) => {
    const pieces = scanPlaceholders(`提供${written}服务`);
    expect(pieces).toEqual([
      { t: "text", s: "提供" },
      { t: "placeholder", ...expected, written, form: "bracket", clause: false },
      { t: "text", s: "服务" },
    ]);
  });

  it("a footnote number, a checkbox or empty brackets are text", () => {
    for (const s of ["[1]", "[√]", "[ ]", "【】"]) expect(parseBracket(s.slice(1, -1))).toBeUndefined();
    expect(scanPlaceholders("见注[1]")).toEqual([{ t: "text", s: "见注[1]" }]);
  });

  it("each form becomes a field, with the example in the schema and the sample", () => {
    const { byLabel, source, rendered } = fieldsOf(
      "第一条 服务\n1.1 乙方提供[服务内容,例如:软件开发]服务，期限为【服务期限】，地点为［服务地点，例如：上海］。\n1.2 单价为[单价（例如：人民币100元）]。\n",
    );
    expect(byLabel.get("服务内容")).toEqual({ path: "service_description", example: { zh: "软件开发" }, kind: "text" });
    expect(byLabel.get("服务期限")).toEqual({ path: "service_term", kind: "text" });
    expect(byLabel.get("服务地点")).toEqual({ path: "service_location", example: { zh: "上海" }, kind: "text" });
    expect(byLabel.get("单价")).toEqual({ path: "unit_price", example: { zh: "人民币100元" }, kind: "text" });
    expect(source).toContain("zh: 乙方提供{{service_description}}服务，期限为{{service_term}}，地点为{{service_location}}。");
    // draft: an example shows itself, a placeholder without one its label
    expect(rendered).toContain("1.1 乙方提供软件开发服务，期限为【服务期限】，地点为上海。");
    expect(rendered).toContain("1.2 单价为人民币100元。");
  });

  it("the same label twice is one field, its example from the first", () => {
    const { byLabel, source, rendered } = fieldsOf("鉴于甲方需要[服务内容,例如:软件开发]服务。\n第一条 服务\n1.1 乙方提供[服务内容]服务。\n");
    expect([...byLabel.keys()].filter((l) => l === "服务内容")).toHaveLength(1);
    expect(source.match(/\{\{service_description\}\}/g)).toHaveLength(2);
    expect(rendered).toContain("1.1 乙方提供软件开发服务。");
  });

  it("the same label with different examples is two fields, named after where they stand", () => {
    const { dir, source, rendered } = fieldsOf("第一条 指标\n1.1 指标如下：\na) 响应时间：在[具体时间,例如:15分钟]内响应。\nb) 服务可用性：不低于[具体时间,例如:99.5%]。\n");
    const fields = schemaFields(readSchema(dir, "forms")).filter((f) => f.node["x-label"]?.zh === "具体时间");
    expect(fields.map((f) => f.path)).toEqual(["response_time", "service_availability_time"]);
    expect(fields.map((f) => f.node.title)).toEqual(["具体时间（第1.1条a)项）", "具体时间（第1.1条b)项）"]);
    expect(source).toContain("{{response_time}}");
    expect(rendered).toContain("a) 响应时间：在15分钟内响应。");
    expect(rendered).toContain("b) 服务可用性：不低于99.5%。");
  });
});

describe("blanks after a label", () => {
  it("联系电话：＿＿＿＿ is a field labelled 联系电话", () => {
    expect(scanPlaceholders("联系电话：＿＿＿＿")).toEqual([
      { t: "text", s: "联系电话：" },
      { t: "placeholder", label: "联系电话", written: "＿＿＿＿", form: "blank", clause: false },
    ]);
  });

  it("half-width blanks, several on a line, and a date", () => {
    const pieces = scanPlaceholders("开户行：____ 账号：____，签署日期：____年__月__日");
    expect(pieces.filter((p) => p.t === "placeholder").map((p) => (p.t === "placeholder" ? p.label : ""))).toEqual(["开户行", "账号", "签署日期"]);
  });

  it("a blank in the middle of a sentence is labelled by the words around it", () => {
    const [, blank] = scanPlaceholders("乙方应在____日内付款。");
    expect(blank).toMatchObject({ t: "placeholder", label: "乙方应在…日内付款", form: "blank" });
  });

  // the label is whole words: the phrase after 应/于/在 before the blank, what it counts and what is done after it
  it.each([
    ["甲方应于合同签订后____日内支付服务费的百分之三十。", ["合同签订后…日内支付"], ["payment_days"]],
    ["余款于推广活动结束后____日内付清。", ["推广活动结束后…日内付清"], ["payment_days"]],
    ["本协议有效期自____年__月__日起至____年__月__日止。", ["有效期起始日期", "有效期终止日期"], ["term_start_date", "term_end_date"]],
    ["卖方应在收到通知后____个月内完成整改。", ["收到通知后…个月内完成"], ["notice_months"]],
    ["Invoices are payable within ____ days of receipt.", ["within…days"], ["days"]],
  ])("%s", (text, labels, keys) => {
    const blanks = scanPlaceholders(text).flatMap((p) => (p.t === "placeholder" ? [p.label] : []));
    expect(blanks).toEqual(labels);
    expect(blanks.map((l) => slugFromLabel(l))).toEqual(keys);
  });

  it("become fields that render as their label", () => {
    const { byLabel, source, rendered } = fieldsOf("第一条 联系\n1.1 联系电话：＿＿＿＿，电子邮箱：____。\n");
    expect(byLabel.get("联系电话")).toEqual({ path: "phone", kind: "text" });
    expect(byLabel.get("电子邮箱")).toEqual({ path: "email", kind: "text" });
    expect(source).toContain("zh: 联系电话：{{phone}}，电子邮箱：{{email}}。");
    expect(rendered).toContain("1.1 联系电话：【联系电话】，电子邮箱：【电子邮箱】。");
  });
});

describe("keys", () => {
  it.each([
    ["公司名称", "name"],
    ["甲方公司名称", "party_a_name"],
    ["具体服务范围描述", "service_scope"],
    ["服务内容描述", "service_description"],
    ["具体人数", "headcount"],
    ["具体天数", "days"],
    ["具体金额或计算方式", "amount_or_calculation"],
    ["指定联系人姓名及职务", "contact_name_and_title"],
    ["服务级别协议中约定的服务量或客户数量", "service_volume_or_customer_count"],
    ["具体条款号", "clause"],
    ["统一社会信用代码", "credit_code"],
    ["KPI指标", "kpi_metric"],
    ["违约金", "liquidated_damages"],
    ["服务费金额", "service_fee"],
    ["期限", "term"],
    ["地址", "address"],
    ["发薪日", "payday"],
    ["试用期工资金额", "probation_salary"],
    ["1 year(s)", "years"],
  ])("%s → %s", (label, key) => {
    expect(slugFromLabel(label)).toBe(key);
  });

  it("a key from a long default text keeps its first words, at most 36 characters", () => {
    const key = slugFromLabel("the State of Delaware, without regard to its conflict of laws principles") as string;
    expect(key.startsWith("state_delaware")).toBe(true);
    expect(key.length).toBeLessThanOrEqual(36);
  });

  it("a label the dictionary does not know gets field_<n>", () => {
    expect(slugFromLabel("甲乙丙丁")).toBeUndefined();
    const { byLabel } = fieldsOf("第一条 其他\n1.1 见[甲乙丙丁]。\n");
    expect(byLabel.get("甲乙丙丁")?.path).toBe("field_1");
  });

  it("a blank named like a member of every object ([constructor], [__proto__], [toString]) is a field like another", () => {
    const { byLabel, rendered } = fieldsOf("第一条 其他\n1.1 见[constructor]、[__proto__]与[toString]。\n", "proto-names");
    expect([...byLabel.keys()]).toEqual(expect.arrayContaining(["constructor", "__proto__", "toString"]));
    // in the draft each stands as its placeholder, none is dropped
    expect(rendered).toContain("见【constructor】、【\\_\\_proto\\_\\_】与【toString】。");
  });
});
