// Score + rank, 100_000 units × 50 indicators: pgi-kit next to the tight and plain baselines
// (rows built with Object.fromEntries; the property-by-property rows are in scoring-100k-assigned).
import { scoringGroup } from "./scoring-group";

scoringGroup(50, 100_000, 6000, "entries");
