import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_PACKAGES, INSTALL_COMMAND, optional } from "../../src/cli/optional";

const root = resolve(__dirname, "../..");
const read = (p: string): Record<string, Record<string, unknown> | undefined> => JSON.parse(readFileSync(p, "utf8"));
const pkg = read(join(root, "package.json"));

describe("a library install is the library", () => {
  it("npm i pgi-kit brings decimal.js and zod and nothing else (3 packages, at most 5)", () => {
    expect(pkg.optionalDependencies).toBeUndefined();
    // Every peer dependency is optional, so npm installs none of them.
    for (const name of Object.keys(pkg.peerDependencies!)) expect(pkg.peerDependenciesMeta![name]).toEqual({ optional: true });
    const installed = new Set(["pgi-kit"]);
    const visit = (name: string): void => {
      if (installed.has(name)) return;
      installed.add(name);
      const dep = read(join(root, "node_modules", name, "package.json"));
      const meta = dep.peerDependenciesMeta ?? {};
      for (const d of [
        ...Object.keys(dep.dependencies ?? {}),
        ...Object.keys(dep.optionalDependencies ?? {}),
        ...Object.keys(dep.peerDependencies ?? {}).filter((p) => (meta[p] as { optional?: boolean } | undefined)?.optional !== true),
      ])
        visit(d);
    };
    for (const name of Object.keys(pkg.dependencies!)) visit(name);
    expect([...installed].sort()).toEqual(["decimal.js", "pgi-kit", "zod"]);
    expect(installed.size).toBeLessThanOrEqual(5);
  });

  it("the install command names every optional library at the version the tests use", () => {
    const dev = pkg.devDependencies!;
    expect(CLI_PACKAGES.map((p) => p.slice(0, p.lastIndexOf("@")))).toEqual(
      Object.keys(pkg.peerDependencies!)
        .filter((p) => p !== "fast-check")
        .sort(),
    );
    for (const p of CLI_PACKAGES) expect(`${p.slice(0, p.lastIndexOf("@"))}@${dev[p.slice(0, p.lastIndexOf("@"))]}`).toBe(p);
    expect(INSTALL_COMMAND).toBe("npm i @resvg/resvg-js@2.6.2 docx@9.7.1 mammoth@1.13.0 vega@5.33.1 vega-lite@5.23.0 write-excel-file@4.1.1");
  });

  it("a missing library is refused in one line, in Vietnamese and English, with the one install command", async () => {
    const missing = (): Promise<never> =>
      Promise.reject(Object.assign(new Error("Cannot find package 'docx' imported from /x/dist/cli.js"), { code: "ERR_MODULE_NOT_FOUND" }));
    const e = (await optional("docx", "--format docx", missing).catch((x: unknown) => x)) as { message: string; messageVi: string };
    expect(e.message).toBe(
      `--format docx needs the package docx, which is not installed; the CLI's optional libraries (charts, Word, Excel) install with one command: ${INSTALL_COMMAND}`,
    );
    expect(e.messageVi).toBe(
      `--format docx cần gói docx nhưng gói này chưa được cài; cài tất cả thư viện tùy chọn của lệnh pgi (biểu đồ, Word, Excel) bằng một lệnh: ${INSTALL_COMMAND}`,
    );
    // Another failure while loading is not hidden behind the install hint.
    const broken = new Error("native binding failed");
    await expect(optional("@resvg/resvg-js", "--format png", () => Promise.reject(broken))).rejects.toBe(broken);
  });
});
