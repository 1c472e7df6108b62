// Builds docs/examples/cac-xa-tieu-chi-17-2024.xlsx, the communes' criterion 17 sheet of the
// walk-through, shaped as a district office keeps it (the approach of test/office/fixtures/build.mjs):
// a title over the header, STT / Huyện / Ghi chú columns, levels typed as words ("NTM nâng cao"),
// % cells (Excel stores 96,2 % as 0.962), "Đạt" / "x" / "Chưa đạt" for yes/no. Figures are made up
// for the illustration. Run from the repository root: node docs/examples/make-xlsx.mjs
import { writeFileSync } from "node:fs";
import writeXlsxFile from "write-excel-file/node";

const bold = (value, extra = {}) => ({ value, fontWeight: "bold", align: "center", wrap: true, ...extra });
const pct = (value) => (value === null ? null : { value, format: "0.0%" });
const title = [
  [bold("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ MÔI TRƯỜNG CÁC XÃ NĂM 2024", { columnSpan: 9 }), null, null, null, null, null, null, null, null],
  [{ value: "(Kèm theo Báo cáo của UBND huyện Văn Quan)", fontStyle: "italic", align: "center", columnSpan: 9 }, null, null, null, null, null, null, null, null],
  [],
];
const header = ["STT", "Huyện", "Tên xã", "Vùng", "Mục tiêu năm 2024", "17.1 Tỷ lệ hộ dùng nước sạch (%)", "17.3 Cảnh quan xanh - sạch - đẹp", "17.8 Điểm tập kết rác tự phát", "Ghi chú"].map((h) => bold(h));
const communes = [
  [1, "Văn Quan", "Xã Tân Đoàn", "Đồng bằng", "NTM", pct(0.962), "Đạt", 0, null],
  [2, "Văn Quan", "Xã Tràng Phái", "Miền núi", "NTM", pct(0.915), "x", 0, "Xã vùng cao"],
  [3, "Văn Quan", "Xã Hữu Lễ", "Miền núi", "NTM", pct(0.874), "Đạt", 0, null],
  [4, "Văn Quan", "Xã Tri Lễ", "Miền núi", "NTM", pct(0.935), "Chưa đạt", 1, "Còn 1 điểm tập kết tự phát"],
  [5, "Văn Quan", "Xã Văn An", "Đồng bằng", "NTM nâng cao", pct(0.985), "Đạt", 0, "Đăng ký nâng cao"],
  [6, "Văn Quan", "Xã Yên Phúc", "Đồng bằng", "NTM nâng cao", pct(0.968), "Đạt", 0, null],
];
const columns = [{ width: 5 }, { width: 10 }, { width: 16 }, { width: 11 }, { width: 13 }, { width: 16 }, { width: 16 }, { width: 14 }, { width: 22 }];
const book = await writeXlsxFile([...title, header, ...communes], { columns, sheet: "Tiêu chí 17" }).toBuffer();
writeFileSync(new URL("./cac-xa-tieu-chi-17-2024.xlsx", import.meta.url), book);
