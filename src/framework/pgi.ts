/**
 * The built-in Provincial Green Index (PGI), editions 2022–2024.
 * @module
 */
import { describe, PgiError } from "../errors";
import type { Component, Framework } from "./types";
import { seal } from "../util";

/**
 * Stable ids of the four PGI sub-indices, in published order.
 *
 * @example
 * ```ts
 * PGI_SUBINDEX_IDS; // ["pollution", "compliance", "greenPractices", "incentives"]
 * ```
 */
export const PGI_SUBINDEX_IDS = ["pollution", "compliance", "greenPractices", "incentives"] as const;

/** The id of one PGI sub-index. */
export type PgiSubIndexId = (typeof PGI_SUBINDEX_IDS)[number];

/** A PGI edition as a framework: its components are the four sub-indices. */
export type PgiFramework = Framework<PgiSubIndexId>;

/**
 * PGI editions (survey years) built in, oldest first.
 *
 * @example
 * ```ts
 * PGI_EDITIONS; // [2022, 2023, 2024]
 * ```
 */
export const PGI_EDITIONS = [2022, 2023, 2024] as const;

/** A built-in PGI edition year. */
export type PgiEditionYear = (typeof PGI_EDITIONS)[number];

const SCALE = { min: 1, max: 10 } as const;

const COMPONENTS: readonly Component<PgiSubIndexId>[] = [
  {
    id: "pollution",
    position: 1,
    name: { vi: "Giảm thiểu ô nhiễm và thiên tai", en: "Minimizing the risk of climate hazards to firms" },
    aliases: [
      "Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của biến đổi khí hậu",
      "Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của biến đổi khí hậu (BĐKH)",
      "Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của BĐKH",
      "Giảm thiểu ô nhiễm và tác động tiêu cực của biến đổi khí hậu",
      "Giảm thiểu ô nhiễm",
      "Minimizing pollution and disasters",
      "Pollution and disasters",
      "Pollution",
      "Climate hazards",
    ],
    scale: SCALE,
    weight: 1,
  },
  {
    id: "compliance",
    position: 2,
    name: { vi: "Đảm bảo tuân thủ", en: "Maintaining minimum environmental standards by firms" },
    aliases: [
      "Đảm bảo tuân thủ các tiêu chuẩn môi trường tối thiểu",
      "Bảo đảm tuân thủ",
      "Bảo đảm tuân thủ các tiêu chuẩn môi trường tối thiểu",
      "Tuân thủ",
      "Compliance",
      "Minimum environmental standards",
      "Maintaining minimum environmental standards",
    ],
    scale: SCALE,
    weight: 1,
  },
  {
    id: "greenPractices",
    position: 3,
    name: { vi: "Thúc đẩy thực hành xanh", en: "Environmental leadership by provincial governments" },
    aliases: [
      "Vai trò lãnh đạo của chính quyền tỉnh trong bảo vệ môi trường",
      "Vai trò lãnh đạo của chính quyền tỉnh trong thúc đẩy thực hành xanh",
      "Thúc đẩy thực tiễn xanh",
      "Thực hành xanh",
      "Green practices",
      "Environmental leadership",
      "green_practices",
      "green-practices",
    ],
    scale: SCALE,
    weight: 1,
  },
  {
    id: "incentives",
    position: 4,
    name: {
      vi: "Chính sách khuyến khích và dịch vụ hỗ trợ",
      en: "Environmental incentives and support services by provincial governments",
    },
    aliases: [
      "Chính sách ưu đãi và dịch vụ hỗ trợ doanh nghiệp trong bảo vệ môi trường",
      "Chính sách và dịch vụ hỗ trợ doanh nghiệp trong bảo vệ môi trường",
      "Chính sách khuyến khích",
      "Incentives and support services",
      "Incentives and support",
      "Environmental incentives and support services",
      "Incentives",
    ],
    scale: SCALE,
    weight: 1,
  },
];

const RELEASES: Record<PgiEditionYear, string> = {
  2022: "PGI 2022, first edition, released 11 Apr 2023 with the PCI 2022 report (44 indicators)",
  2023: "PGI 2023, released 9 May 2024 with the PCI 2023 report",
  2024: "PGI 2024, released May 2025 with the PCI 2024 report",
};

function makeEdition(year: PgiEditionYear): PgiFramework {
  return seal({
    id: "pgi",
    edition: year,
    name: { vi: `Chỉ số Xanh cấp tỉnh (PGI) ${year}`, en: `Provincial Green Index (PGI) ${year}` },
    shortName: { vi: `PGI ${year}`, en: `PGI ${year}` },
    components: COMPONENTS,
    decimals: 2,
    composite: { method: "sum", scale: { min: 4, max: 40 }, decimals: 2 },
    indicators: [],
    normalization: { method: "minmax", range: [1, 10] },
    aggregation: "mean",
    sources: [{ title: `VCCI, ${RELEASES[year]}`, url: "https://pcivietnam.vn/en/pgi" }],
  } satisfies PgiFramework);
}

let editions: Readonly<Record<PgiEditionYear, PgiFramework>> | undefined;
/** The built-in editions, built on first use. */
function editionTable(): Readonly<Record<PgiEditionYear, PgiFramework>> {
  return (editions ??= Object.freeze({ 2022: makeEdition(2022), 2023: makeEdition(2023), 2024: PGI }));
}

/**
 * The latest built-in PGI edition (2024): four sub-indices on 1–10, composite = their sum (4–40),
 * published to 2 decimals.
 *
 * @example
 * ```ts
 * PGI.edition;                                  // 2024
 * PGI.components.map((c) => c.id);             // ["pollution", "compliance", "greenPractices", "incentives"]
 * PGI.composite;                               // { method: "sum", scale: { min: 4, max: 40 }, decimals: 2 }
 * ```
 */
export const PGI: PgiFramework = /* @__PURE__ */ makeEdition(2024);

/**
 * The built-in PGI framework of one edition (survey year).
 *
 * @param year - 2022, 2023 or 2024 (a number or a string such as `"2023"`).
 * @throws {@link PgiError} `UNKNOWN_EDITION` for any other year, listing the editions.
 *
 * @example
 * ```ts
 * pgiEdition(2023).shortName.en; // "PGI 2023"
 * pgiEdition("2022").edition;    // 2022
 * ```
 */
export function pgiEdition(year: number | string): PgiFramework {
  const y = typeof year === "string" && /^\s*\d{4}\s*$/.test(year) ? Number(year) : year;
  if (typeof y === "number" && (PGI_EDITIONS as readonly number[]).includes(y)) {
    return editionTable()[y as PgiEditionYear];
  }
  throw new PgiError(
    "UNKNOWN_EDITION",
    {
      en: `no built-in PGI edition ${describe(year)}; built-in editions are ${PGI_EDITIONS.join(", ")} (for another year pass your own framework)`,
      vi: `không có sẵn kỳ PGI ${describe(year, "vi")}; các kỳ có sẵn: ${PGI_EDITIONS.join(", ")} (với năm khác, hãy truyền bộ chỉ số của mình)`,
    },
    [],
    { year, editions: [...PGI_EDITIONS] },
  );
}
