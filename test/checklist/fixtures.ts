import type { ChecklistSpec } from "../../src/index";

/**
 * A province's own environment checklist (fixture written for the tests; thresholds are
 * illustrative, not the national ones): three levels, one regional threshold, a yes/no
 * indicator and a lower-is-better count.
 */
export const ENV_SPEC: ChecklistSpec = {
  id: "env-demo",
  name: { vi: "Tiêu chí môi trường (minh hoạ)", en: "Environment criterion (illustration)" },
  levels: [
    { id: "ntm", name: { vi: "NTM", en: "NTM" } },
    { id: "ntmNangCao", name: { vi: "NTM nâng cao", en: "Advanced NTM" } },
    { id: "ntmKieuMau", name: { vi: "NTM kiểu mẫu", en: "Model NTM" } },
  ],
  regions: [
    { id: "mountain", name: { vi: "Miền núi", en: "Mountains" } },
    { id: "delta", name: { vi: "Đồng bằng", en: "Delta" } },
  ],
  criteria: [
    {
      id: "c17",
      name: { vi: "Môi trường", en: "Environment" },
      levels: ["ntm", "ntmNangCao", "ntmKieuMau"],
      indicators: [
        {
          id: "17.1",
          name: { vi: "Hộ dùng nước sạch", en: "Households with clean water" },
          unit: "%",
          threshold: { ntm: { atLeast: 95, byRegion: { mountain: 90 } }, ntmNangCao: { atLeast: 98 } },
        },
        { id: "17.3", name: { vi: "Cảnh quan xanh - sạch - đẹp", en: "Green, clean landscape" }, threshold: { yes: true } },
        { id: "17.8", name: { vi: "Điểm tập kết rác tự phát", en: "Open dumping sites" }, unit: { vi: "điểm", en: "sites" }, threshold: { atMost: 0 } },
      ],
    },
    {
      id: "c18",
      name: { vi: "An toàn thực phẩm", en: "Food safety" },
      levels: ["ntmNangCao", "ntmKieuMau"],
      indicators: [{ id: "18.1", name: { vi: "Cơ sở tuân thủ ATTP", en: "Businesses complying" }, unit: "%", threshold: { atLeast: "97,5" } }],
    },
    {
      id: "c19",
      name: { vi: "Khu dân cư kiểu mẫu", en: "Model hamlets" },
      levels: ["ntmKieuMau"],
      indicators: [{ id: "19.1", name: { vi: "Thôn kiểu mẫu", en: "Model hamlets" }, unit: { vi: "thôn", en: "hamlets" }, threshold: { atLeast: 2 } }],
    },
  ],
};
