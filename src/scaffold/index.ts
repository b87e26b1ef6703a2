// `clausewright scaffold`: a template from a contract written as text, Markdown or DOCX.
export { analyse, type Analysis, type Field, type FieldKind } from "./analyse.js";
export { documentLines, readDocument, formatOf, UnreadableDocumentError, type DocumentFormat, type SourceLine } from "./document.js";
export { escapeSource, TO_TRANSLATE } from "./emit.js";
export { furnitureReason, type LeftOut } from "./furniture.js";
export { slugFromLabel } from "./keys.js";
export { parseBracket, scanPlaceholders } from "./placeholders.js";
export { formatSummary, scaffoldFile, scaffoldLines, scaffoldText, SAMPLE_FILE, ScaffoldError, type Scaffold, type ScaffoldOptions } from "./scaffold.js";
