/**
 * The CLI's optional libraries (.xlsx, charts): loaded by dynamic import when a command needs
 * them; when one is not installed, one line says what to install.
 * @internal
 * @module
 */
import { UsageError } from "./args";

/** Import an optional library; refused in one line naming the package when it is missing. */
export async function optional<T>(pkg: string, what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND" || /Cannot find (package|module)/.test((e as Error).message)) {
      throw new UsageError(`${what} needs the package ${pkg}, which is not installed; run npm install ${pkg}`);
    }
    throw e;
  }
}
