import { init } from "../library/init.js";
import { processIo, type Io } from "./io.js";

/** `clausewright init <template> [-o deal.yaml] [--force]`: a deal skeleton with every field. */
export function runInit(templateId: string, flags: { out?: string; force: boolean }, io: Io = processIo()): number {
  const { file } = init(templateId, flags);
  io.stdout.write(`wrote ${file}: fill in the values, then run \`clausewright render ${file} --draft\` to see what is still missing\n`);
  return 0;
}
