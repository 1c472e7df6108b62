/**
 * Owners in a plan: the body a task item names ("a) Phòng Tài nguyên và Môi trường: chủ trì …"),
 * the lead bodies and partners of "(Chủ trì: …; phối hợp: …)", and bullets under a label.
 * @internal
 * @module
 */
import { fold } from "./text";

let patterns: ReturnType<typeof makePatterns> | undefined;
function makePatterns() {
  return {
    BODY: /^(phong|so|ban|cong an|ubnd|uy ban|van phong|trung tam|chi cuc|doi|hoi|lien doan|mat tran|huyen doan|tinh doan|thanh doan|doan|bo chi huy|cuc|kho bac|ngan hang|chi nhanh|thanh tra|bao|dai|co quan|don vi|hat kiem lam|kiem lam|dien luc|cong ty|toa an|vien kiem sat|lien minh|hiep hoi|truong|chu tich|thu truong|bhxh|bao hiem|cac (?:co quan|phong|so|ban|nganh|don vi|xa|phuong|thi tran|huyen|doanh nghiep|to chuc|hoi|doan|dia phuong))\b/,
    ITEM: /^\(?([a-zđ])[).]\s+/,
    VERB_ALL:
      /\s(chu tri|phoi hop|tham muu|co trach nhiem|chiu trach nhiem|thuc hien|trien khai|tang cuong|huong dan|to chuc|chi dao|theo doi|kiem tra|tuyen truyen|xay dung|ra soat|nang cao|day manh|quan ly)\b/g,
    OWNER_LABEL: /^(?:co quan|don vi) (?:thuc hien|chu tri|phu trach|phoi hop)|^phan cong/,
    NAME_PHRASE: /(?:\bdau tu|\bban quan ly(?: du an)?)\s*$/,
    LEAD: /\b(?:(?:co quan|don vi)\s+)?chu tri\s*:/,
    ROLE_MARK: /\s*\((chu tri|phoi hop|co quan chu tri|co quan phoi hop|don vi chu tri|don vi phoi hop)\)\s*$/,
  };
}
/** The patterns, built on first use (nothing runs at import time). @internal */
export function ownerPatterns(): ReturnType<typeof makePatterns> {
  return (patterns ??= makePatterns());
}

/** The body named by a lettered item: the text before a colon or before the task's verb. @internal */
export function ownerOf(text: string, labelSeen: boolean): string | null {
  const { BODY, VERB_ALL, NAME_PHRASE } = ownerPatterns();
  const f = fold(text);
  const colon = text.indexOf(":");
  const body = BODY.test(f);
  let name: string | null = null;
  if (colon > 0) {
    const afterColon = f.slice(colon + 1).trim();
    if (labelSeen || body || /^(chu tri|phoi hop|tham muu|thuc hien|co trach nhiem|chiu trach nhiem)\b/.test(afterColon)) name = text.slice(0, colon);
  } else if (labelSeen) {
    name = text;
  } else if (body) {
    // The task's verb starts the task unless it is capitalised (part of a name: "Đội Quản lý thị trường").
    let verbAt = text.length;
    for (const v of f.matchAll(VERB_ALL)) {
      const first = text[v.index + 1] ?? "";
      // "Ban Quản lý dự án Đầu tư xây dựng huyện": a verb inside a body's name.
      if (NAME_PHRASE.test(f.slice(Math.max(0, v.index - 24), v.index))) continue;
      if (first === first.toLocaleLowerCase("vi")) {
        verbAt = v.index;
        break;
      }
    }
    const cut = Math.min(verbAt, ...[" - ", " – ", "; ", ". "].map((sep) => (text.includes(sep) ? text.indexOf(sep) : text.length)));
    name = text.slice(0, cut);
  }
  if (name === null) return null;
  name = name.replace(/[\s.,;]+$/, "").trim();
  return name === "" || name.length > 200 ? null : name;
}

/** Lead bodies and partners a text assigns, with the span of the assignment (to leave out of the figures). @internal */
export interface Assignment {
  readonly owners: readonly string[];
  readonly partners: readonly string[];
  readonly start: number;
  readonly end: number;
}

/**
 * Split a list of bodies at commas, keeping a comma inside a name ("UBND các xã, thị trấn",
 * "Phòng Kinh tế, Hạ tầng và Đô thị"): a part that does not start with a body's word goes with
 * the part before it.
 * @internal
 */
export function splitBodies(text: string): string[] {
  const { BODY } = ownerPatterns();
  const out: string[] = [];
  for (const raw of text.split(",")) {
    const part = raw.replace(/^\s*(?:và|với)\s+/u, "").trim();
    if (part === "") continue;
    if (out.length > 0 && !BODY.test(fold(part))) out[out.length - 1] = `${out[out.length - 1]!}, ${raw.trim()}`;
    else out.push(part);
  }
  return out.map((o) => o.replace(/[\s.;,]+$/, "").trim()).filter((o) => o !== "" && o.length <= 200);
}

/**
 * The assignment of "(Chủ trì: A; phối hợp: B, C; thời gian: …)" — in parentheses after a task or
 * as a sentence of its own — or `null`.
 * @internal
 */
export function assignmentIn(text: string, f: string): Assignment | null {
  const { LEAD } = ownerPatterns();
  const m = LEAD.exec(f);
  if (!m) return null;
  const open = f.lastIndexOf("(", m.index);
  const inParens = open >= 0 && f.slice(open + 1, m.index).trim() === "";
  const start = inParens ? open : m.index;
  const close = inParens ? f.indexOf(")", m.index) : -1;
  const end = close >= 0 ? close + 1 : f.length;
  const owners: string[] = [];
  const partners: string[] = [];
  for (const part of text.slice(m.index, inParens && close >= 0 ? close : end).split(";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const label = fold(part.slice(0, colon));
    const bodies = splitBodies(part.slice(colon + 1));
    if (/\bchu tri\s*$/.test(label)) owners.push(...bodies);
    else if (/\bphoi hop\s*$/.test(label)) partners.push(...bodies);
  }
  return owners.length + partners.length > 0 ? { owners, partners, start, end } : null;
}

/** A body's name without its role mark, and the role: "Phòng … (chủ trì)" → lead, "(phối hợp)" → partner. @internal */
export function roleMarked(name: string): { name: string; role: "lead" | "partner" | null } {
  const { ROLE_MARK } = ownerPatterns();
  const m = ROLE_MARK.exec(fold(name));
  if (!m) return { name, role: null };
  return { name: name.slice(0, m.index).trim(), role: m[1]!.endsWith("phoi hop") ? "partner" : "lead" };
}

/** The key two spellings of one body share ("UBND …" and "Ủy ban nhân dân …", case, spaces). @internal */
export function bodyKey(name: string): string {
  return fold(name)
    .replace(/\buy ban nhan dan\b/g, "ubnd")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
