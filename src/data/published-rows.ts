/**
 * Published PGI figures (VCCI), one row per province and edition, copied from
 * `pgi-published.csv` beside this file (see README.md here for provenance). Numbers are kept as
 * the strings the pages print, so "3.60" stays exact. Stored compactly for the bundle (each
 * source page and note once, a row as a tuple) and expanded on first use; test/foundation checks
 * the rows against the CSV.
 * @internal
 * @module
 */

/** One published row. Scores or composite/rank are `null` where the page gives none. */
export interface PublishedRow {
  readonly province: string;
  readonly edition: number;
  readonly scores: { readonly pollution: string; readonly compliance: string; readonly greenPractices: string; readonly incentives: string } | null;
  readonly composite: string | null;
  readonly rank: number | null;
  /** `published` where the page states the edition; `inferred` where the edition is inferred. */
  readonly confidence: "published" | "inferred";
  /** The provenance note as the data file states it. */
  readonly note: string;
  /** The page the figures were read from. */
  readonly source: string;
}

/** The pages the figures were read from (each once; rows refer to them by position). */
const SOURCES = [
  "https://pcivietnam.vn/pgi/ho-so-tinh/tphcm",
  "https://pcivietnam.vn/en/pgi/provinces/hai-duong",
  "https://news.baolongan.vn/long-an-striving-to-reach-top-10-in-provincial-green-index-ranking-a189990.html",
  "https://thongtin.vietnam.vn/en/xanh-dan-chi-so-xanh",
  "https://moitruongngaynay.vn/suc-khoe-doi-song/bac-ninh-nam-trong-top-5-dia-phuong-dan-dau-ca-nuoc-ve-chi-so-xanh_t209c9n30828",
  "https://caungang.travinh.gov.vn/1433/38342/71837/689756/economy/tra-vinh-s-determination-to-enhance-and-elevate-pci-and-pgi-in-2023",
  "https://www.multiresearchjournal.com/arclist/list-2024.4.2/id-2583",
  "https://online.nks.vn/infographic/chi-so-xanh-cap-tinh-cua-63-dia-phuong-2024-40069304.html",
  "https://nongnghiephuuco.vn/thanh-pho-hai-phong-xep-hang-pgi-cao-nhat-ca-nuoc-6566.html",
  "https://thanhnien.vn/long-an-dang-chuyen-minh-tren-chi-so-moi-truong-hien-hao-185250619152851582.htm",
  "https://thanhnien.vn/long-an-dang-chuyen-minh-tren-chi-so-moi-truong-hien-hao-185250619152851582.htm | pollution+compliance+greenPractices+incentives: https://eng.longan.gov.vn/economy/long-an-s-pgi-reaches-the-top-group-nationwide-994197",
  "https://suckhoe24h.suckhoecongdongonline.vn/gia-lai-nam-trong-top-30-tinh-thanh-dan-dau-chi-so-xanh-cap-tinh-pgi-2024-d212341.html",
  "https://pcivietnam.vn/en/pgi/pci-subindices-of-63-provincescities",
  "https://daidoanket.vn/bac-kan-tan-dung-loi-the-tu-chi-so-xanh-thuc-day-kinh-doanh-ben-vung-10260636.html",
  "https://baovanhoa.vn/doi-song/ke-hoach-cai-thien-va-nang-cao-chi-so-xanh-cap-tinh-cua-quang-nam-108380.html",
  "https://baogialai.com.vn/gia-lai-tap-trung-cai-thien-va-nang-cao-chi-so-xanh-cap-tinh-post298915.html",
  "https://dangcongsan.vn/tam-nhin-moi-muc-tieu-moi-phat-trien-6-vung-chien-luoc/bac-trung-bo-va-duyen-hai-trung-bo/ninh-thuan-no-luc-cai-thien-chi-so-xanh-cap-tinh-678650.html",
];

/** [confidence, note] of the rows (each once; rows refer to them by position). */
const NOTES: readonly (readonly [PublishedRow["confidence"], string])[] = [
  ["published", "published"],
  ["published", "published (sub-indices as quoted in the province's 2024 improvement plan)"],
  ["inferred", "edition inferred (page lists no year; sums fit only the 2024 edition)"],
];

/** [province, edition, "pollution compliance greenPractices incentives", composite, rank, note, source]. */
const ROWS: readonly (readonly [string, number, string | null, string | null, number | null, number, number])[] = [
  ["TP. Hồ Chí Minh", 2022, "3.12 4.94 4.09 1.87", "13.99", 49, 0, 0],
  ["TP. Hồ Chí Minh", 2023, "7.49 6.37 5.92 4.43", "24.20", 5, 0, 0],
  ["Hải Dương", 2022, "4.61 4.61 5.15 2.13", "16.53", 6, 0, 1],
  ["Hải Dương", 2023, "7.43 5.85 3.83 5.23", "22.34", 25, 0, 1],
  ["Hải Dương", 2024, "7.65 7.58 4.99 6.11", "26.34", 13, 0, 1],
  ["Long An", 2023, "7.15 6.02 4.06 5.84", "23.07", 12, 0, 2],
  ["Lạng Sơn", 2023, "4.84 4.14 3.60 4.75", "17.33", 62, 1, 3],
  ["Bắc Ninh", 2024, "7.64 7.47 4.88 7.78", "27.78", 4, 0, 4],
  ["Trà Vinh", 2022, null, "17.67", 1, 0, 5],
  ["Hà Nội", 2022, null, "12.52", 63, 0, 6],
  ["Hà Nội", 2023, null, "21.95", null, 0, 1],
  ["Hà Nội", 2024, null, "26.63", null, 0, 1],
  ["Quảng Ninh", 2023, null, "26.00", 1, 0, 7],
  ["Quảng Ninh", 2024, null, "26.21", null, 0, 1],
  ["Đà Nẵng", 2023, null, "25.66", 2, 0, 7],
  ["Đồng Nai", 2022, null, "14.73", null, 0, 0],
  ["Đồng Nai", 2023, null, "24.71", 3, 0, 7],
  ["Hưng Yên", 2023, null, "24.59", 4, 0, 7],
  ["Hưng Yên", 2024, null, "26.06", null, 0, 1],
  ["Bình Dương", 2022, null, "14.11", null, 0, 0],
  ["Bình Dương", 2023, null, "22.44", null, 0, 0],
  ["Bình Dương", 2024, null, "27.64", 5, 0, 8],
  ["Bình Phước", 2022, null, "14.36", null, 0, 0],
  ["Bình Phước", 2023, null, "22.14", null, 0, 0],
  ["Bà Rịa - Vũng Tàu", 2022, null, "15.42", null, 0, 0],
  ["Bà Rịa - Vũng Tàu", 2023, null, "23.47", null, 0, 0],
  ["Tây Ninh", 2022, null, "15.02", null, 0, 0],
  ["Tây Ninh", 2023, null, "23.96", null, 0, 0],
  ["Hải Phòng", 2023, null, "23.72", null, 0, 1],
  ["Hải Phòng", 2024, null, "29.00", 1, 0, 8],
  ["Vĩnh Long", 2024, null, "28.16", 2, 0, 9],
  ["Hà Nam", 2023, null, "23.47", null, 0, 1],
  ["Hà Nam", 2024, null, "28.04", 3, 0, 8],
  ["Bắc Ninh", 2023, null, "22.53", null, 0, 1],
  ["Nam Định", 2024, null, "27.11", null, 0, 1],
  ["Ninh Bình", 2024, null, "26.13", null, 0, 1],
  ["Thái Bình", 2023, null, "22.56", null, 0, 1],
  ["Thái Bình", 2024, null, "26.64", null, 0, 1],
  ["Vĩnh Phúc", 2023, null, "22.28", null, 0, 1],
  ["Vĩnh Phúc", 2024, null, "25.94", null, 0, 1],
  ["Long An", 2024, "7.50 7.62 4.86 7.58", "27.56", 6, 0, 10],
  ["Đắk Nông", 2024, null, "25.24", 29, 0, 11],
  ["Gia Lai", 2024, null, "25.05", 30, 0, 11],
  ["An Giang", 2024, "7.49 6.71 4.21 6.08", null, null, 2, 12],
  ["Đắk Lắk", 2024, "6.22 6.77 4.88 5.02", null, null, 2, 12],
  ["Cà Mau", 2024, "6.18 5.80 4.68 5.66", null, null, 2, 12],
  ["Thái Nguyên", 2024, "6.57 6.48 4.97 6.01", null, null, 2, 12],
  ["Cần Thơ", 2024, "7.11 7.03 4.55 4.94", null, null, 2, 12],
  ["Tuyên Quang", 2024, "5.42 7.30 5.32 5.80", null, null, 2, 12],
  ["Yên Bái", 2024, "5.31 5.31 6.07 6.80", null, null, 2, 12],
  ["Phú Yên", 2024, "7.09 6.73 5.11 5.67", null, null, 2, 12],
  ["Ninh Thuận", 2024, "6.49 7.09 5.50 4.28", null, null, 2, 12],
  ["Quảng Ngãi", 2024, "5.99 6.75 4.77 5.87", null, null, 2, 12],
  ["Lâm Đồng", 2024, "7.11 5.57 5.64 5.15", null, null, 2, 12],
  ["Kon Tum", 2024, "5.01 5.56 5.49 7.16", null, null, 2, 12],
  ["Kiên Giang", 2024, "5.95 3.91 4.28 6.57", null, null, 2, 12],
  ["Bắc Giang", 2024, "6.41 7.34 5.02 5.90", null, null, 2, 12],
  ["Khánh Hòa", 2024, "7.31 6.52 4.92 6.09", null, null, 2, 12],
  ["Hà Tĩnh", 2024, "6.93 5.46 5.50 6.47", null, null, 2, 12],
  ["Quảng Bình", 2024, "6.83 6.31 5.25 6.56", null, null, 2, 12],
  ["Phú Thọ", 2024, "5.51 6.56 5.30 6.48", null, null, 2, 12],
  ["Hậu Giang", 2024, "7.29 5.59 4.97 6.32", null, null, 2, 12],
  ["Hòa Bình", 2024, "5.33 6.97 5.36 5.83", null, null, 2, 12],
  ["Cao Bằng", 2024, "4.38 4.84 7.66 6.80", null, null, 2, 12],
  ["Bạc Liêu", 2024, "6.73 7.36 4.90 5.81", null, null, 2, 12],
  ["Điện Biên", 2024, "4.73 5.64 5.67 7.33", null, null, 2, 12],
  ["Thừa Thiên Huế", 2024, "7.35 6.70 5.20 5.72", null, null, 2, 12],
  ["Hà Giang", 2024, "5.15 6.67 5.76 6.26", null, null, 2, 12],
  ["Bến Tre", 2024, "6.67 6.85 5.09 5.95", null, null, 2, 12],
  ["Bình Thuận", 2024, "6.90 5.99 4.75 6.21", null, null, 2, 12],
  ["Lai Châu", 2024, "4.57 6.07 6.43 6.03", null, null, 2, 12],
  ["Thanh Hóa", 2024, "6.51 6.21 5.18 5.50", null, null, 2, 12],
  ["Lạng Sơn", 2024, "4.95 4.95 6.71 6.02", null, null, 2, 12],
  ["Sóc Trăng", 2024, "7.10 7.32 5.00 5.34", null, null, 2, 12],
  ["Quảng Trị", 2024, "6.84 5.36 5.79 6.49", null, null, 2, 12],
  ["Lào Cai", 2024, "5.18 6.56 5.91 6.19", null, null, 2, 12],
  ["Bắc Kạn", 2022, null, "16.48", 7, 0, 13],
  ["Quảng Nam", 2023, null, "22.84", 16, 0, 14],
  ["Gia Lai", 2023, "5.42 5.86 4.02 4.73", "20.03", null, 0, 15],
  ["Ninh Thuận", 2023, "7.08 6.07 3.78 4.95", "21.88", 33, 0, 16],
];

let rows: readonly PublishedRow[] | undefined;

/** The published rows, expanded on first use. */
export function publishedRows(): readonly PublishedRow[] {
  return (rows ??= ROWS.map(([province, edition, scores, composite, rank, note, source]) => {
    const s = scores?.split(" ");
    return {
      province,
      edition,
      scores: s ? { pollution: s[0]!, compliance: s[1]!, greenPractices: s[2]!, incentives: s[3]! } : null,
      composite,
      rank,
      confidence: NOTES[note]![0],
      note: NOTES[note]![1],
      source: SOURCES[source]!,
    };
  }));
}
