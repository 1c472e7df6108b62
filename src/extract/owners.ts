/**
 * Owners in a plan: the body a task item names ("a) Phòng Tài nguyên và Môi trường: chủ trì …").
 * @internal
 * @module
 */
import { fold } from "./text";

let patterns: ReturnType<typeof makePatterns> | undefined;
function makePatterns() {
  return {
    BODY: /^(phong|so|ban|cong an|ubnd|uy ban|van phong|trung tam|chi cuc|doi|hoi|lien doan|mat tran|huyen doan|tinh doan|thanh doan|doan|bo chi huy|cuc|kho bac|ngan hang|chi nhanh|thanh tra|bao|dai|co quan|don vi|hat kiem lam|kiem lam|dien luc|cong ty|toa an|vien kiem sat|lien minh|hiep hoi|truong|chu tich|thu truong|bhxh|bao hiem|cac (?:co quan|phong|so|ban|nganh|don vi|xa|phuong|thi tran|huyen|doanh nghiep|to chuc|hoi|doan|dia phuong))\b/,
    ITEM: /^\(?([a-zđ])[).]\s+/,
    VERB_ALL: /\s(chu tri|phoi hop|tham muu|co trach nhiem|chiu trach nhiem|thuc hien|trien khai|tang cuong|huong dan|to chuc|chi dao|theo doi|kiem tra|tuyen truyen|xay dung|ra soat|nang cao|day manh|quan ly)\b/g,
    OWNER_LABEL: /^(?:co quan|don vi) (?:thuc hien|chu tri|phu trach|phoi hop)|^phan cong/,
  };
}
/** The patterns, built on first use (nothing runs at import time). @internal */
export function ownerPatterns(): ReturnType<typeof makePatterns> {
  return (patterns ??= makePatterns());
}

/** The body named by a lettered item: the text before a colon or before the task's verb. @internal */
export function ownerOf(text: string, labelSeen: boolean): string | null {
  const { BODY, VERB_ALL } = ownerPatterns();
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
