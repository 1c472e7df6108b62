/** `pgi score` on the worked district example: the scores titled with the framework's name, and the ranking with --by / --within. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";

const examples = join(__dirname, "..", "..", "docs", "examples");
const fw = join(examples, "chi-so-xanh-huyen-xu-ly.json");
const data = join(examples, "chi-so-xanh-huyen-2024.csv");

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

describe("pgi score on your own units", () => {
  it("titles the scores and the chart with the framework's name in the output's language", async () => {
    expect((await run("score", fw, data, "--lang", "en")).out.split("\n")[0]).toBe("**Scores: District green index**");
    expect((await run("score", fw, data)).out.split("\n")[0]).toBe("**Kết quả chấm điểm: Chỉ số xanh cấp huyện**");
    const vega = JSON.parse((await run("score", fw, data, "--format", "vega", "--lang", "en")).out);
    expect(vega.title).toBe("Scores: District green index");
  });

  it("--within region ranks within each group, --by by a component (id or name)", async () => {
    const r = await run("score", fw, data, "--within", "region", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out.split("\n").slice(0, 5)).toEqual([
      "**Ranking District green index: Composite (within each group)**",
      "",
      "| Rank | Unit       | Group     | Composite |",
      "| ---: | ---------- | --------- | --------: |",
      "|    1 | Cao Lộc    | Biên giới |     22.51 |",
    ]);
    const json = JSON.parse((await run("score", fw, data, "--by", "Quản lý môi trường", "--format", "json")).out);
    expect([json.kind, json.by, json.rows[0].unit, json.rows[0].value, json.rows[1].unit]).toEqual(["ranking", "gov", "Cao Lộc", 10, "Bắc Sơn"]);
  });

  it("refuses --within other than region, and an unknown component, in the output's language", async () => {
    const w = await run("score", fw, data, "--within", "group");
    expect([w.code, w.err]).toEqual([2, 'pgi: --within chỉ nhận region (xếp hạng trong vùng), nhận được "group"\n']);
    const b = await run("score", fw, data, "--by", "soil", "--lang", "en");
    expect(b.err).toContain("[UNKNOWN_SUBINDEX]");
  });
});
