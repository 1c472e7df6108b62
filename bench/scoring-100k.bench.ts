// Score + rank, 100_000 units × 50 indicators: pgi-kit next to the tight and plain baselines.
import { scoringGroup } from "./scoring-group";

scoringGroup(50, 100_000, 6000);
