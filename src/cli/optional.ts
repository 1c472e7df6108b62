/**
 * The CLI's optional libraries (charts, Word, Excel): optional peer dependencies of pgi-kit, so
 * that `npm i pgi-kit` brings the library alone (decimal.js and zod). A command loads one by
 * dynamic import when it needs it; when it is missing, one line (in Vietnamese or English) gives
 * the one command that installs them all, at the versions pgi-kit is tested with.
 * @internal
 * @module
 */
import { UsageError } from "./args";

/** The CLI's optional libraries, pinned as pgi-kit tests them (its devDependencies). */
export const CLI_PACKAGES = ["@resvg/resvg-js@2.6.2", "docx@9.7.1", "mammoth@1.13.0", "vega@5.33.1", "vega-lite@5.23.0", "write-excel-file@4.1.1"] as const;

/** The one command that installs every optional library of the CLI. */
export const INSTALL_COMMAND = `npm i ${CLI_PACKAGES.join(" ")}`;

/** Whether an import failed because the package is not installed. */
export function isMissingModule(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND" || /Cannot find (package|module)/.test((e as Error | null)?.message ?? "");
}

/**
 * Import an optional library (`what` says what needs it: "--format png", or `{ en, vi }`); when it
 * is not installed, refused in one line with {@link INSTALL_COMMAND}.
 */
export async function optional<T>(pkg: string, what: string | { readonly en: string; readonly vi: string }, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (!isMissingModule(e)) throw e;
    const en = typeof what === "string" ? what : what.en;
    const vi = typeof what === "string" ? (what.startsWith("--") ? what : "lệnh này") : what.vi;
    throw new UsageError({
      en: `${en} needs the package ${pkg}, which is not installed; the CLI's optional libraries (charts, Word, Excel) install with one command: ${INSTALL_COMMAND}`,
      vi: `${vi} cần gói ${pkg} nhưng gói này chưa được cài; cài tất cả thư viện tùy chọn của lệnh pgi (biểu đồ, Word, Excel) bằng một lệnh: ${INSTALL_COMMAND}`,
    });
  }
}
