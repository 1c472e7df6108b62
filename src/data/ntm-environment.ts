/**
 * The structure of the environment criterion (criterion 17, "Môi trường và an toàn thực phẩm") of
 * the 2021–2025 national commune NTM set, as a checklist spec template WITHOUT thresholds.
 * @module
 */
import { toDec } from "../decimal";
import { describe, PgiError, safeEntries } from "../errors";
import { deepFreeze } from "../util";
import type { ChecklistSpec, ThresholdInput } from "../checklist/define";

/**
 * What the shipped template rests on, and what it does not. Decision 318/QĐ-TTg of 8 March 2022
 * (Prime Minister) issues the national set of criteria for NTM communes and for advanced NTM
 * communes, 2021–2025 (as cited in Cần Thơ's Decision 3429/QĐ-UBND of 15 Sep 2022 and reported by
 * Báo Nghệ An). No copy of the decision's annexes could be retrieved for this work, so **no
 * threshold is shipped** and the indicator list and names must be checked against the annexes
 * before use.
 *
 * @example
 * ```ts
 * ntmEnvironmentSource().decision;          // "318/QĐ-TTg"
 * ntmEnvironmentSource().thresholdsShipped; // false
 * ```
 */
export function ntmEnvironmentSource(): NtmEnvironmentSource {
  return deepFreeze({
    decision: "318/QĐ-TTg",
    date: "2022-03-08",
    title: "Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025",
    citedBy: [
      "Quyết định 3429/QĐ-UBND ngày 15/9/2022 của UBND thành phố Cần Thơ (thuvienphapluat.vn/van-ban/Xay-dung-Do-thi/Quyet-dinh-3429-QD-UBND-2022-Bo-tieu-chi-xa-nong-thon-moi-Can-Tho-2021-2025-530164.aspx)",
      "https://baonghean.vn/bo-tieu-chi-nong-thon-moi-tag9268.html",
    ],
    thresholdsShipped: false,
    note: "Thresholds are left for the user to fill from the annexes of Decision 318/QĐ-TTg (or the province's own set); the indicator list follows the structure of criterion 17 as provinces reproduce it and was not checked against the annex text.",
  });
}

/** The provenance of {@link ntmEnvironmentTemplate}: decision, date, title, who cites it, what is shipped. */
export interface NtmEnvironmentSource {
  readonly decision: string;
  readonly date: string;
  readonly title: string;
  readonly citedBy: readonly string[];
  readonly thresholdsShipped: boolean;
  readonly note: string;
}

/** The indicators of the template: id and vi/en names (to check against the annex). */
function indicators(): { id: string; name: { vi: string; en: string } }[] {
  return [
    {
      id: "17.1",
      name: {
        vi: "Tỷ lệ hộ được sử dụng nước sinh hoạt hợp vệ sinh và nước sạch theo quy định",
        en: "Households using hygienic and clean domestic water as regulated",
      },
    },
    {
      id: "17.2",
      name: {
        vi: "Tỷ lệ cơ sở sản xuất, kinh doanh, nuôi trồng thủy sản, làng nghề bảo đảm quy định về bảo vệ môi trường",
        en: "Production, business, aquaculture and craft-village establishments meeting environmental protection rules",
      },
    },
    { id: "17.3", name: { vi: "Xây dựng cảnh quan, môi trường xanh - sạch - đẹp, an toàn", en: "Green, clean, beautiful and safe landscape and environment" } },
    { id: "17.4", name: { vi: "Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn", en: "Public green space in rural residential areas" } },
    { id: "17.5", name: { vi: "Mai táng phù hợp với quy định và theo quy hoạch", en: "Burial as regulated and as planned" } },
    {
      id: "17.6",
      name: {
        vi: "Chất thải rắn trên địa bàn và nước thải khu dân cư tập trung, cơ sở sản xuất - kinh doanh được thu gom, xử lý theo quy định",
        en: "Solid waste and wastewater of residential areas and establishments collected and treated as regulated",
      },
    },
    {
      id: "17.7",
      name: {
        vi: "Tỷ lệ bao gói thuốc bảo vệ thực vật sau sử dụng và chất thải rắn y tế được thu gom, xử lý đáp ứng yêu cầu về bảo vệ môi trường",
        en: "Used pesticide packaging and medical solid waste collected and treated as required",
      },
    },
    {
      id: "17.8",
      name: {
        vi: "Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch",
        en: 'Households with a hygienic latrine, bathroom and water container ("3 clean")',
      },
    },
    {
      id: "17.9",
      name: {
        vi: "Tỷ lệ cơ sở chăn nuôi bảo đảm các quy định về vệ sinh thú y, chăn nuôi và bảo vệ môi trường",
        en: "Livestock farms meeting veterinary hygiene, husbandry and environmental rules",
      },
    },
    {
      id: "17.10",
      name: {
        vi: "Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về bảo đảm an toàn thực phẩm",
        en: "Households and food businesses complying with food safety rules",
      },
    },
  ];
}

/**
 * The environment criterion (17) of the 2021–2025 national NTM commune set as a checklist spec
 * with levels `ntm` and `ntmNangCao` and **no thresholds**: pass the ones you have (from the
 * annexes of Decision 318/QĐ-TTg, or your province's set), by indicator id; {@link defineChecklist}
 * refuses the spec while any threshold is left empty, naming the indicator. See
 * {@link ntmEnvironmentSource} for what this rests on. The spec is frozen (pass thresholds as the
 * argument, or copy it to edit); the thresholds you pass are copied, never kept.
 *
 * @throws {@link PgiError} `UNKNOWN_INDICATOR` for a threshold of an indicator not in the template.
 *
 * @example
 * ```ts
 * const spec = ntmEnvironmentTemplate();
 * spec.criteria[0].indicators.length;      // 10
 * spec.criteria[0].indicators[0].threshold; // null
 * try { defineChecklist(spec); } catch (e) { console.log(e.path.join(".")); }
 * // criteria.0.indicators.0.threshold
 * ```
 */
export function ntmEnvironmentTemplate(thresholds: Readonly<Record<string, ThresholdInput>> = {}): ChecklistSpec {
  const list = indicators();
  const given = new Map(safeEntries(thresholds, ["thresholds"], { en: "thresholds (indicator id → threshold)", vi: "các ngưỡng (mã chỉ tiêu → ngưỡng)" }));
  for (const id of given.keys()) {
    if (!list.some((i) => i.id === id)) {
      throw new PgiError(
        "UNKNOWN_INDICATOR",
        {
          en: `the template has no indicator ${describe(id)}; indicators: ${list.map((i) => i.id).join(", ")}`,
          vi: `mẫu không có chỉ tiêu ${describe(id, "vi")}; các chỉ tiêu: ${list.map((i) => `"${i.id}"`).join(", ")}`,
        },
        ["thresholds", id],
      );
    }
  }
  return deepFreeze({
    id: "ntm-2021-2025-c17",
    name: { vi: "Tiêu chí 17 — Môi trường và an toàn thực phẩm (xã NTM 2021–2025)", en: "Criterion 17 — Environment and food safety (NTM communes 2021–2025)" },
    source: "Quyết định 318/QĐ-TTg ngày 08/3/2022 (Phụ lục: Bộ tiêu chí quốc gia về xã NTM và xã NTM nâng cao 2021–2025); ngưỡng do người dùng điền",
    levels: [
      { id: "ntm", name: { vi: "Xã NTM", en: "NTM commune" } },
      { id: "ntmNangCao", name: { vi: "Xã NTM nâng cao", en: "Advanced NTM commune" } },
    ],
    criteria: [
      {
        id: "17",
        name: { vi: "Môi trường và an toàn thực phẩm", en: "Environment and food safety" },
        levels: ["ntm", "ntmNangCao"],
        indicators: list.map((i) => ({ ...i, threshold: given.has(i.id) ? (copyPlain(given.get(i.id), ["thresholds", i.id]) as ThresholdInput) : null })),
      },
    ],
  });
}

/** A copy of plain data (objects, arrays, strings, numbers, booleans, null), so the caller's objects are never kept or frozen. */
function copyPlain(value: unknown, path: (string | number)[]): unknown {
  if (path.length > 8) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: "a threshold is nested too deeply (or refers to itself); pass plain data such as { atLeast: 95 }",
        vi: "ngưỡng lồng quá sâu (hoặc tự tham chiếu); hãy ghi dữ liệu thuần, ví dụ { atLeast: 95 }",
      },
      path,
    );
  }
  if (Array.isArray(value)) return value.map((v, i) => copyPlain(v, [...path, i]));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(safeEntries(value, path, { en: "a threshold", vi: "ngưỡng" }).map(([k, v]) => [k, copyPlain(v, [...path, k])]));
  if (typeof value === "number") return Number(toDec(value, { path }).toFixed());
  if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
  throw new PgiError(
    "INVALID_INPUT",
    {
      en: `expected a threshold such as { atLeast: 95 } or { yes: true }, got ${describe(value)}`,
      vi: `cần một ngưỡng, ví dụ { atLeast: 95 } hoặc { yes: true }, nhận được ${describe(value, "vi")}`,
    },
    path,
  );
}
