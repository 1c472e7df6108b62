import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../../", import.meta.url).pathname;

/**
 * `npm run build:web` (the package's dist/ and the page's web/dist/) once per test run: the
 * notebook and browser test files run in parallel threads of one process and share the build.
 */
export async function buildOnce(): Promise<void> {
  const key = `${process.pid}-${root.replace(/[^A-Za-z0-9]+/g, "_")}`;
  const lock = join(tmpdir(), `pgi-kit-build-${key}.lock`);
  const done = join(tmpdir(), `pgi-kit-build-${key}.done`);
  let mine = false;
  try {
    mkdirSync(lock);
    mine = true;
  } catch {
    /* another test file is building */
  }
  if (mine) {
    try {
      execFileSync("npm", ["run", "build:web", "--silent"], { cwd: root, stdio: "pipe" });
      writeFileSync(done, "ok");
    } catch (e) {
      const err = e as { stderr?: Buffer; stdout?: Buffer };
      writeFileSync(done, `build failed: ${String(err.stderr ?? "")}${String(err.stdout ?? "")}`);
    }
  }
  const deadline = Date.now() + 180_000;
  while (!existsSync(done)) {
    if (Date.now() > deadline) throw new Error("timed out waiting for npm run build:web");
    await new Promise((r) => setTimeout(r, 200));
  }
  const status = readFileSync(done, "utf8");
  if (status !== "ok") throw new Error(status);
}

export { root };
