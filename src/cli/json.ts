/**
 * JSON files for the `pgi` commands: parsed, or refused in one line in both languages that says
 * where the text goes wrong and what to write instead, never quoting the text itself.
 * @internal
 * @module
 */
import { UsageError } from "./args";
import { decodeText, type Input } from "./files";

/** The Vietnamese name of an input (`standard input` → `đầu vào chuẩn`). */
export const nameVi = (name: string): string => (name === "standard input" ? "đầu vào chuẩn" : name);

/**
 * Where JSON text first goes wrong: the offset of the first character that does not fit (the
 * length of the text when it ends too early), or -1 when it is valid JSON. A small
 * recursive-descent reader of JSON's grammar, so that messages never depend on (or quote) the
 * engine's own wording, which may quote the text, newlines and all.
 */
export function jsonErrorAt(text: string): number {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && /[ \t\r\n]/.test(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const string = (): void => {
    i++;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') return void i++;
      if (ch === "\\") {
        const next = text[i + 1];
        if (next === "u" ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : next === undefined || !'"\\/bfnrt'.includes(next)) {
          i++;
          fail();
        }
        i += next === "u" ? 6 : 2;
      } else if (ch < " ") fail();
      else i++;
    }
    fail();
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ":") fail();
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return void i++;
        else fail();
      }
    } else if (ch === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return void i++;
        else fail();
      }
    } else if (ch === '"') string();
    else if (ch !== undefined && /[-0-9]/.test(ch)) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m) fail();
      i += m![0].length;
    } else {
      for (const word of ["true", "false", "null"]) {
        if (text.startsWith(word, i)) {
          i += word.length;
          return;
        }
      }
      fail();
    }
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return at as number;
  }
}

function lineCol(text: string, at: number): { en: string; vi: string } {
  const before = text.slice(0, at).split("\n");
  const [line, column] = [before.length, before[before.length - 1]!.replace(/\r$/, "").length + 1];
  return { en: `line ${line}, column ${column}`, vi: `dòng ${line}, cột ${column}` };
}

/** Where JSON text has an unquoted decimal comma (`"pollution": 6,5`), outside strings. */
function decimalComma(text: string): number {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === ":") {
      const m = /^\s*-?\d+,\d/.exec(text.slice(i + 1, i + 40));
      if (m) return i + 1 + m[0].search(/\S/);
    }
  }
  return -1;
}

/** The JSON of an input; bad JSON refused in one line, in both languages, naming the file, line and column. */
export function parseJson(input: Input): unknown {
  const raw = decodeText(input.name, input.bytes);
  const text = raw.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch {
    const [name, vi] = [input.name, nameVi(input.name)];
    const comma = decimalComma(text);
    if (comma >= 0) {
      const num = /^-?\d+,\d+/.exec(text.slice(comma))![0];
      const where = lineCol(text, comma);
      throw new UsageError({
        en: `${name}: ${where.en}: the number ${num} has a decimal comma outside quotes; write "${num}" (in quotes) or ${num.replace(",", ".")}`,
        vi: `${vi}: ${where.vi}: số ${num} có dấu phẩy thập phân nằm ngoài dấu ngoặc kép; hãy ghi "${num}" (trong ngoặc kép) hoặc ${num.replace(",", ".")}`,
      });
    }
    const at = jsonErrorAt(text);
    if (at < 0 || at >= text.length) {
      throw new UsageError({
        en: `${name} is not valid JSON: the text ends before the JSON is complete (a closing }, ] or " is missing)`,
        vi: `${vi} không phải JSON hợp lệ: văn bản kết thúc khi JSON chưa hoàn chỉnh (thiếu dấu }, ] hoặc " đóng)`,
      });
    }
    const where = lineCol(text, at);
    const ch = JSON.stringify(text[at]!);
    const key = /[{,]\s*$/.test(text.slice(0, at)) && /^[\p{L}_$]/u.test(text.slice(at));
    throw new UsageError(
      key
        ? {
            en: `${name} is not valid JSON: ${where.en}: a field name must be in double quotes ("unit": …)`,
            vi: `${vi} không phải JSON hợp lệ: ${where.vi}: tên trường phải đặt trong dấu ngoặc kép ("unit": …)`,
          }
        : { en: `${name} is not valid JSON: ${where.en}: unexpected ${ch}`, vi: `${vi} không phải JSON hợp lệ: ${where.vi}: ký tự ${ch} không đúng chỗ` },
    );
  }
}
