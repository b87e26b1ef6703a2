/** Generated deals for the batches: the sample with its values varied, every one of them valid. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { BenchFailure } from "./processes.js";

/** mulberry32: the same deals on every run and every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  { zh: "苏州", en: "Suzhou" },
  { zh: "杭州", en: "Hangzhou" },
  { zh: "南京", en: "Nanjing" },
  { zh: "成都", en: "Chengdu" },
  { zh: "武汉", en: "Wuhan" },
  { zh: "合肥", en: "Hefei" },
  { zh: "西安", en: "Xi'an" },
  { zh: "大连", en: "Dalian" },
];
const BRANDS = [
  { zh: "远帆", en: "Yuanfan" },
  { zh: "启明", en: "Qiming" },
  { zh: "恒信", en: "Hengxin" },
  { zh: "嘉禾", en: "Jiahe" },
  { zh: "博远", en: "Boyuan" },
  { zh: "天诚", en: "Tiancheng" },
  { zh: "卓越", en: "Zhuoyue" },
  { zh: "汇通", en: "Huitong" },
  { zh: "安信", en: "Anxin" },
  { zh: "华信", en: "Huaxin" },
];

type Obj = Record<string, unknown>;
const obj = (v: unknown, path: string): Obj => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw new BenchFailure(`the sample has no mapping at ${path}`);
  return v as Obj;
};

/**
 * Write `count` deals into `dir` as deal-00001.yaml…: the sample parsed with `yaml`, with Party B's
 * name, the agreement number, headcount, response minutes, resolution hours, fee (and the
 * liability cap with it, ten months' fees, so the cap stays below the fees of the term) and
 * availability varied within the ranges the schema and the rules accept. Credit codes stay the
 * sample's (they carry a check digit).
 */
export function generateDeals(samplePath: string, dir: string, count: number, seed: number): void {
  mkdirSync(dir, { recursive: true });
  const sample = parse(readFileSync(samplePath, "utf8")) as unknown;
  const rnd = random(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const width = Math.max(5, String(count).length);
  for (let i = 1; i <= count; i++) {
    const deal = structuredClone(sample) as Obj;
    const no = String(i).padStart(width, "0");
    deal.agreement_no = `CS-2027-${no}`;
    const city = pick(CITIES);
    const brand = pick(BRANDS);
    const partyB = obj(deal.party_b, "party_b");
    partyB.name = {
      zh: `${city.zh}${brand.zh}客户服务外包有限公司`,
      en: `${city.en} ${brand.en} Customer Service Outsourcing Co., Ltd.`,
    };
    obj(deal.team, "team").min_headcount = int(5, 80);
    const sla = obj(deal.sla, "sla");
    obj(sla.response, "sla.response").minutes = int(5, 60); // always shorter than the resolution time
    obj(sla.resolution, "sla.resolution").hours = int(2, 8);
    sla.availability_percent = int(990, 999) / 10; // 99.0 … 99.9: never 100
    const fee = int(80, 400) * 1000;
    obj(deal.fees, "fees").monthly_fee = fee;
    obj(deal.liability, "liability").cap = fee * 10;
    writeFileSync(join(dir, `deal-${no}.yaml`), stringify(deal));
  }
}

/** Fail loudly unless `dir` holds exactly `count` files of each extension. */
export function expectOutputs(dir: string, count: number, extensions: readonly string[]): void {
  const names = existsSync(dir) ? readdirSync(dir) : [];
  for (const ext of extensions) {
    const n = names.filter((f) => f.endsWith(`.${ext}`)).length;
    if (n !== count) throw new BenchFailure(`expected ${count} .${ext} files in ${dir}, found ${n}`);
  }
}

