/**
 * The embedded demo: the PGI framework and Lạng Sơn's PGI 2023 score card.
 * @module
 */
import { formatNumber, type Lang } from "../decimal";
import { PGI } from "../framework/pgi";
import { publishedScoreCard } from "../data/published";
import { markdownTable } from "../render/primitives";

/** The demo text in `lang`. */
export function demo(lang: Lang): string {
  const vi = lang === "vi";
  const fw = PGI;
  const parts: string[] = [];
  parts.push(`# ${fw.name[lang]}`);
  parts.push(
    markdownTable(
      ["#", "id", vi ? "Chỉ số thành phần" : "Sub-index", vi ? "Thang điểm" : "Scale"],
      fw.components.map((c) => [String(c.position), c.id, c.name[lang], `${c.scale.min}–${c.scale.max}`]),
      ["right", "left", "left", "left"],
    ),
  );
  parts.push(
    vi
      ? `Điểm PGI = tổng 4 chỉ số thành phần (${fw.composite.scale.min}–${fw.composite.scale.max}), công bố với 2 chữ số thập phân.`
      : `PGI composite = sum of the 4 sub-indices (${fw.composite.scale.min}–${fw.composite.scale.max}), published to 2 decimals.`,
  );
  const card = publishedScoreCard("Lạng Sơn", 2023);
  parts.push(`## ${card.unit} — PGI ${card.year}`);
  parts.push(
    markdownTable(
      [vi ? "Chỉ số thành phần" : "Sub-index", vi ? "Điểm" : "Score"],
      [
        ...fw.components.map((c) => [c.name[lang], formatNumber(card.scores[c.id as keyof typeof card.scores], { lang })]),
        [vi ? "Điểm PGI" : "PGI composite", formatNumber(card.composite, { lang })],
        [vi ? "Xếp hạng" : "Rank", card.rank === null ? "—" : `${card.rank}/63`],
      ],
      ["left", "right"],
    ),
  );
  parts.push(`${vi ? "Nguồn" : "Source"}: ${card.source}`);
  return parts.join("\n\n") + "\n";
}
