// Score + rank, 10_000 units × 50 indicators: pgi-kit next to the tight and plain baselines.
import { scoringGroup } from "./scoring-group";

scoringGroup(50, 10_000, 3000);
